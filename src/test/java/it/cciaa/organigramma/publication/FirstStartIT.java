package it.cciaa.organigramma.publication;

import static org.assertj.core.api.Assertions.assertThat;

import it.cciaa.organigramma.edition.ChangedFoggiaDocument;
import it.cciaa.organigramma.edition.ServiceProcess;
import it.cciaa.organigramma.edition.TestEditors;
import it.cciaa.organigramma.web.LiveService;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The first start of an empty store goes through the publication gate: a seed with a Violation never goes live (the
 * service starts, serves no edition and says why, until a publishable edition is published), and two instances
 * started together on one empty external store both come up, one seeding it and the other serving that edition; an
 * edition published through one then shows on the other within its freshness interval.
 */
class FirstStartIT {

    @BeforeAll
    static void onlyOnce() {
        Assumptions.assumeFalse("remote".equals(System.getProperty("kg.test.store")),
                "starts its own services: run once, in the embedded execution");
    }

    @Test
    void aSeedWithAViolationNeverGoesLive() throws Exception {
        Path directory = Files.createTempDirectory("kg-bad-seed-");
        Path seed = Files.write(directory.resolve("allegato-c-con-errore.txt"),
                EditionPublishingIT.withAnOfficeNumberedTwice());
        try (ServiceProcess service = ServiceProcess.start(directory.resolve("run"),
                Map.of("KG_USERS", TestEditors.environment().get("KG_USERS"), "KG_SEED_DOCUMENT", seed.toString()))) {
            assertThat(service.log()).contains("is NOT published", "Violations");
            assertThat(service.get("/organigramma", "text/html").statusCode()).isEqualTo(503);
            assertThat(service.get("/enti?format=json", "application/json").body()).contains("\"total\":0");
            assertThat(service.get("/sparql?query=" + java.net.URLEncoder.encode(
                    "ASK { GRAPH ?g { ?s ?p ?o } }", java.nio.charset.StandardCharsets.UTF_8),
                    "application/sparql-results+json").body()).contains("false");

            HttpResponse<String> published = service.send(EditionPublishingIT.publication(service,
                    ChangedFoggiaDocument.original(), "2025-01-01").build());
            assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
            assertThat(service.get("/organigramma", "text/html").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aPublicationOnAFullDiskAnswers507AndWritesNothing() throws Exception {
        try (it.cciaa.organigramma.cli.SmallDisk disk = it.cciaa.organigramma.cli.SmallDisk.mount(400);
                ServiceProcess service = ServiceProcess.start(disk.path().resolve("run"), TestEditors.environment())) {
            List<String> before = EditionPublishingIT.storeDump(service);
            disk.fillLeaving(16);

            HttpResponse<String> refused = service.send(EditionPublishingIT.publication(service,
                    ChangedFoggiaDocument.changed(), "2026-01-01").build());
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(507);
            assertThat(refused.body()).contains("MB liberi in " + disk.path(), "nulla è stato scritto");
            assertThat(EditionPublishingIT.storeDump(service)).isEqualTo(before);
            assertThat(service.get("/organigramma", "text/html").statusCode()).isEqualTo(200);

            Files.delete(disk.path().resolve("filler"));
            HttpResponse<String> published = service.send(EditionPublishingIT.publication(service,
                    ChangedFoggiaDocument.changed(), "2026-01-01").build());
            assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
        }
    }

    @Test
    void anUnreachableStoreIsNamedByHealthAndPagesAndTheServiceRecoversWhenItComesBack() throws Exception {
        int port = LiveService.freePort();
        String dataset = "http://127.0.0.1:" + port + "/ds";
        Path directory = Files.createTempDirectory("kg-store-down-");
        try (ServiceProcess service = ServiceProcess.start(directory.resolve("run"), Map.of("KG_USERS",
                TestEditors.environment().get("KG_USERS"), "KG_STORE_URL", dataset, "KG_FRESHNESS", "PT1S"))) {
            assertThat(service.log()).contains("The store at " + dataset + " cannot be reached (connection refused)");
            HttpResponse<String> anonymous = service.get("/actuator/health", "application/json");
            assertThat(anonymous.statusCode()).isEqualTo(503);
            assertThat(anonymous.body()).contains("\"status\":\"DOWN\"").doesNotContain("connection refused");
            HttpResponse<String> operator = service.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(service.url("/actuator/health")))
                    .header("Authorization", TestEditors.editorAuthorization()).build());
            assertThat(operator.statusCode()).isEqualTo(503);
            assertThat(operator.body()).contains("\"store\":{\"details\":{\"store\":\"" + dataset + "\"",
                    "\"reason\":\"connection refused\"");
            HttpResponse<String> page = service.get("/organigramma", "text/html");
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.body()).contains("archivio dei dati non risponde").doesNotContain("Exception");
            assertThat(service.log()).doesNotContain("\tat ");

            LiveService.StandaloneFuseki store = LiveService.startStandaloneFuseki(port);
            try {
                long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
                while (service.get("/organigramma", "text/html").statusCode() != 200
                        && System.nanoTime() < deadline) {
                    Thread.sleep(500);
                }
                assertThat(service.get("/organigramma", "text/html").statusCode()).isEqualTo(200);
                assertThat(service.get("/actuator/health", "application/json").statusCode()).isEqualTo(200);
                assertThat(service.awaitLog("Published the first edition 2025-01-01", java.time.Duration.ofSeconds(30)))
                        .as(service.log()).isTrue();
            } finally {
                store.process().destroyForcibly();
            }
        }
    }

    @Test
    void twoInstancesStartedTogetherOnOneEmptyExternalStoreBothComeUp() throws Exception {
        LiveService.StandaloneFuseki store = LiveService.startStandaloneFuseki();
        List<ServiceProcess> services = new ArrayList<>();
        try {
            Map<String, String> environment = Map.of("KG_USERS", TestEditors.environment().get("KG_USERS"),
                    "KG_STORE_URL", store.dataset(), "KG_FRESHNESS", "PT1S");
            List<CompletableFuture<ServiceProcess>> starting = new ArrayList<>();
            for (int instance = 0; instance < 2; instance++) {
                Path directory = Files.createTempDirectory("kg-instance-");
                starting.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        return ServiceProcess.start(directory.resolve("run"), environment);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }));
            }
            for (CompletableFuture<ServiceProcess> future : starting) {
                services.add(future.join());
            }
            for (ServiceProcess service : services) {
                assertThat(service.get("/organigramma", "text/html").statusCode()).isEqualTo(200);
                assertThat(service.get("/edizioni?format=json", "application/json").body())
                        .contains("cciaa-di-foggia/2025-01-01");
            }
            HttpResponse<String> editions = services.getFirst().send(HttpRequest.newBuilder(URI.create(
                    store.dataset() + "?query=" + java.net.URLEncoder.encode("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE "
                            + "{ GRAPH ?g { ?s ?p ?o } FILTER (CONTAINS(STR(?g), '/graph/organigramma/')) }",
                            java.nio.charset.StandardCharsets.UTF_8)))
                    .header("Accept", "text/csv").timeout(Duration.ofSeconds(30)).build());
            assertThat(editions.body().lines().toList()).containsExactly("n", "1");

            // A publication through one instance shows on the other within its freshness (KG_FRESHNESS, 1 s here),
            // and the other's Last-Modified moves forward, never back.
            ServiceProcess other = services.get(1);
            String before = other.get("/enti", "application/json").headers().firstValue("Last-Modified").orElseThrow();
            byte[] bari = new String(ChangedFoggiaDocument.original(), java.nio.charset.StandardCharsets.UTF_8)
                    .replace("CCIAA di FOGGIA", "CCIAA di BARI").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            HttpResponse<String> published = services.getFirst().send(
                    EditionPublishingIT.publication(services.getFirst(), bari, "2025-06-01").build());
            assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            HttpResponse<String> seen = other.get("/enti?format=json", "application/json");
            while (!seen.body().contains("cciaa-di-bari/2025-06-01") && System.nanoTime() < deadline) {
                Thread.sleep(200);
                seen = other.get("/enti?format=json", "application/json");
            }
            assertThat(seen.body()).contains("cciaa-di-bari/2025-06-01", "cciaa-di-foggia/2025-01-01");
            String after = seen.headers().firstValue("Last-Modified").orElseThrow();
            assertThat(java.time.ZonedDateTime.parse(after, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME))
                    .isAfterOrEqualTo(java.time.ZonedDateTime.parse(before,
                            java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME));
        } finally {
            for (ServiceProcess service : services) {
                service.close();
            }
            store.process().destroyForcibly();
        }
    }
}
