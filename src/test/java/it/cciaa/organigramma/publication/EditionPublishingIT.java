package it.cciaa.organigramma.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import it.cciaa.organigramma.edition.ChangedFoggiaDocument;
import it.cciaa.organigramma.edition.ServiceProcess;
import it.cciaa.organigramma.edition.TestEditors;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Publishing editions into a running service (its own process, embedded TDB2 store, first edition: Foggia dated
 * 2025-01-01), through the HTTP API and the command line as editors use them: the gate, the single write transaction
 * seen by readers, the recognition of a document already published, and the diff between the two editions.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class EditionPublishingIT {
    static final String BASE = "https://w3id.org/organigramma-kg";
    static final String NEW_GRAPH = BASE + "/graph/organigramma/cciaa-di-foggia/2026-01-01";
    static final String NEW_EDITION = BASE + "/data/dataset/organigramma/cciaa-di-foggia/2026-01-01";
    static final String OLD_GRAPH = BASE + "/graph/organigramma/cciaa-di-foggia/2025-01-01";

    private static ServiceProcess service;
    private static Path directory;

    @BeforeAll
    static void start() throws IOException {
        directory = Files.createTempDirectory("kg-editions-");
        service = ServiceProcess.start(directory.resolve("run"), TestEditors.environment());
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (service != null) {
            service.close();
        }
    }

    /** The Foggia document with office 3.2 numbered 2.1 by mistake: two offices share a code (a Violation). */
    static byte[] withAnOfficeNumberedTwice() {
        String text = new String(ChangedFoggiaDocument.original(), StandardCharsets.UTF_8);
        String office = "Ufficio 3.2 – TRASPARENZA, ANTICORRUZIONE E PRIVACY";
        assertThat(text.split(office, -1)).hasSize(3);
        return text.replace(office, "Ufficio 2.1 – TRASPARENZA, ANTICORRUZIONE E PRIVACY")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** An editor's publication of a document over HTTP, dated {@code date}. */
    public static HttpRequest.Builder publication(ServiceProcess service, byte[] document, String date) {
        return HttpRequest.newBuilder(URI.create(service.url("/admin/edizioni?data=" + date)))
                .timeout(Duration.ofMinutes(2))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .header("Accept", "application/json")
                .header("Authorization", TestEditors.editorAuthorization())
                .POST(HttpRequest.BodyPublishers.ofByteArray(document));
    }

    /** Every quad of the store, as an operator reads it (the administration's Graph Store endpoint), in order. */
    static List<String> storeDump(ServiceProcess service) {
        HttpResponse<String> dump = service.send(HttpRequest.newBuilder(URI.create(service.storeUrl()))
                .header("Authorization", TestEditors.editorAuthorization())
                .header("Accept", "application/n-quads").timeout(Duration.ofMinutes(1)).GET().build());
        assertThat(dump.statusCode()).isEqualTo(200);
        List<String> lines = new ArrayList<>(dump.body().lines().toList());
        lines.sort(null);
        return lines;
    }

    /** Runs the packaged command line, as an editor would, against the service. */
    static PackagedCommand.Run command(String... arguments) throws Exception {
        return PackagedCommand.run(TestEditors.commandEnvironment(), arguments);
    }

    @Test
    @Order(1)
    void anEditionWithViolationsIsRefusedOverHttpAndOnTheCommandLineAndTheStoreIsUnchanged() throws Exception {
        List<String> before = storeDump(service);

        HttpResponse<String> refused = service.send(publication(service, withAnOfficeNumberedTwice(), "2026-01-01")
                .build());
        Path document = Files.write(directory.resolve("allegato-c-errato.txt"), withAnOfficeNumberedTwice());
        PackagedCommand.Run cli = command("publish", document.toString(), "--server", service.url(""),
                "--user", TestEditors.EDITOR, "--edition-date", "2026-01-01");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.headers().firstValue("X-Violations")).hasValue("1");
        JsonObject report = JSON.parse(refused.body());
        assertThat(report.get("outcome").getAsString().value()).isEqualTo("rejected");
        assertThat(report.get("results").getAsArray()).anySatisfy(result -> {
            JsonObject object = result.getAsObject();
            assertThat(object.get("severity").getAsString().value()).isEqualTo("Violation");
            assertThat(object.get("messages").getAsObject().hasKey("it")).isTrue();
            assertThat(object.get("messages").getAsObject().hasKey("en")).isTrue();
            assertThat(object.hasKey("sourceLine")).isTrue();
        });
        assertThat(cli.exitCode()).as(cli.err()).isEqualTo(1);
        assertThat(cli.out()).contains("VIOLATION (1)");
        assertThat(cli.err()).contains("nothing was published");
        assertThat(storeDump(service)).isEqualTo(before);
    }

    @Test
    @Order(1)
    void theCommandLineSaysWhenTheCredentialsAreWrongAndWritesNothing() throws Exception {
        Path document = Files.write(directory.resolve("allegato-c-2026.txt"), ChangedFoggiaDocument.changed());

        PackagedCommand.Run wrong = PackagedCommand.run(Map.of("KG_PASSWORD", "not-the-password"), "publish",
                document.toString(), "--server", service.url(""), "--user", TestEditors.EDITOR, "--edition-date",
                "2026-01-01");
        PackagedCommand.Run anonymous = PackagedCommand.run(Map.of(), "publish", document.toString(), "--server",
                service.url(""), "--edition-date", "2026-01-01");

        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).contains("answered 401").contains("user name or the password is wrong");
        assertThat(anonymous.exitCode()).isEqualTo(2);
        assertThat(anonymous.err()).contains("--user");
        assertThat(service.get("/edizioni/differenze?da=2025-01-01&a=2026-01-01", "application/json").statusCode())
                .isEqualTo(404);
    }

    @Test
    @Order(2)
    void readersSeeTheOldEditionOrTheNewOneNeverAMixWhileAnEditionIsPublished() throws Exception {
        String probe = """
                PREFIX dcat: <http://www.w3.org/ns/dcat#>
                SELECT ?triples ?listed ?reported WHERE {
                  { SELECT (COUNT(*) AS ?triples) WHERE { GRAPH <%s> { ?s ?p ?o } } }
                  BIND (EXISTS { GRAPH <%s/graph/catalogo> { ?catalogue dcat:dataset <%s> } } AS ?listed)
                  BIND (EXISTS { GRAPH <%s/graph/validazione/cciaa-di-foggia/2026-01-01> { ?r ?p2 ?o2 } } AS ?reported)
                }""".formatted(NEW_GRAPH, BASE, NEW_EDITION, BASE);
        Set<String> seen = ConcurrentHashMap.newKeySet();
        AtomicBoolean publishing = new AtomicBoolean(true);
        java.util.Queue<long[]> reads = new java.util.concurrent.ConcurrentLinkedQueue<>();
        List<CompletableFuture<Void>> readers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            readers.add(CompletableFuture.runAsync(() -> {
                while (publishing.get()) {
                    long start = System.currentTimeMillis();
                    seen.add(state(probe));
                    reads.add(new long[] {start, System.currentTimeMillis()});
                }
            }));
        }

        HttpResponse<String> published = service.send(publication(service, ChangedFoggiaDocument.changed(),
                "2026-01-01").build());
        publishing.set(false);
        CompletableFuture.allOf(readers.toArray(CompletableFuture[]::new)).get(1, TimeUnit.MINUTES);
        String after = state(probe);

        assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
        assertThat(after).matches("\\d+ true true").doesNotStartWith("0 ");
        // The reads made entirely while the store was writing (between the service's two log lines).
        long writing = logTime("Writing edition 2026-01-01");
        long written = logTime("Published edition 2026-01-01");
        long during = reads.stream().filter(read -> read[0] >= writing && read[1] <= written).count();
        System.out.printf("%d reads, %d of them while the edition was written (%d ms)%n", reads.size(), during,
                written - writing);
        assertThat(during).as("reads while the edition was written").isPositive();
        assertThat(seen).isSubsetOf(Set.of("0 false false", after));
        JsonObject answer = JSON.parse(published.body());
        assertThat(answer.get("editionKey").getAsString().value()).isEqualTo("2026-01-01");
        assertThat(answer.get("previousEdition").getAsString().value()).endsWith("/2025-01-01");
    }

    /** When the service logged a line holding {@code text} (its log's clock is this machine's, today). */
    private static long logTime(String text) {
        String line = service.log().lines().filter(l -> l.contains(text)).reduce((a, b) -> b).orElseThrow();
        java.time.LocalTime time = java.time.LocalTime.parse(line.substring(0, 12));
        return java.time.LocalDate.now().atTime(time).atZone(java.time.ZoneId.systemDefault()).toInstant()
                .toEpochMilli();
    }

    /** "triples listed reported" for the new edition, as the public SPARQL endpoint answers now. */
    private static String state(String query) {
        HttpResponse<String> answer = service.send(HttpRequest.newBuilder(URI.create(service.url("/sparql?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8)))).header("Accept",
                "application/sparql-results+json").GET().build());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonObject row = JSON.parse(answer.body()).get("results").getAsObject().get("bindings").getAsArray().get(0)
                .getAsObject();
        return value(row, "triples") + " " + value(row, "listed") + " " + value(row, "reported");
    }

    private static String value(JsonObject row, String name) {
        return row.get(name).getAsObject().get("value").getAsString().value();
    }

    @Test
    @Order(3)
    void theDiffBetweenTheTwoPublishedEditionsNamesExactlyTheChanges() {
        HttpResponse<String> answer = service.get("/edizioni/differenze?da=2025-01-01&a=2026-01-01",
                "application/json");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonObject diff = JSON.parse(answer.body());
        assertThat(changes(diff, "unitsMoved", "oldCode", "newCode", "name"))
                .containsExactly(tuple("2.3", "3.5", ChangedFoggiaDocument.OFFICE_2_3_NAME));
        assertThat(changes(diff, "unitsRenamed", "code", "oldName", "newName")).containsExactly(tuple("1.1",
                ChangedFoggiaDocument.OFFICE_1_1_OLD_NAME, ChangedFoggiaDocument.OFFICE_1_1_NEW_NAME));
        assertThat(changes(diff, "activitiesAssigned", "unitCode", "notation")).containsExactly(tuple("2.2",
                "B3.2.1.6"));
        assertThat(changes(diff, "activitiesWithdrawn", "unitCode", "notation"))
                .containsExactlyInAnyOrder(tuple("2.1", "B3.2.1.6"), tuple("3.2", "A1.2.1.4"));
        assertThat(changes(diff, "activitiesRequalified", "unitCode", "notation")).containsExactly(tuple("2.2",
                "B3.1.1.4"));
        for (String none : List.of("unitsAdded", "unitsRemoved", "processesDeclared", "processesDropped",
                "labelsChanged")) {
            assertThat(diff.get(none).getAsArray()).as(none).isEmpty();
        }
        JsonObject same = JSON.parse(service.get("/edizioni/differenze?da=2026-01-01&a=2026-01-01",
                "application/json").body());
        for (Map.Entry<String, JsonValue> entry : same.entrySet()) {
            if (entry.getValue().isArray()) {
                assertThat(entry.getValue().getAsArray()).as(entry.getKey()).isEmpty();
            }
        }
    }

    @Test
    @Order(3)
    void pagesShowTheNewEditionByDefaultThePastOneOnRequestAndTheHistoryBoth() {
        String unit = "/data/organization/support-unit/cciaa-di-foggia/ufficio-1-1?format=json";
        HttpResponse<String> current = service.get(unit, "application/json");
        HttpResponse<String> past = service.get(unit + "&edizione=2025-01-01", "application/json");
        JsonObject history = JSON.parse(service.get("/edizioni", "application/json").body());
        HttpResponse<String> report = service.get("/graph/validazione/cciaa-di-foggia/2026-01-01", "text/html");

        assertThat(current.body()).contains(ChangedFoggiaDocument.OFFICE_1_1_NEW_NAME)
                .doesNotContain(ChangedFoggiaDocument.OFFICE_1_1_OLD_NAME);
        assertThat(past.body()).contains(ChangedFoggiaDocument.OFFICE_1_1_OLD_NAME)
                .doesNotContain(ChangedFoggiaDocument.OFFICE_1_1_NEW_NAME);
        JsonArray editions = history.get("editions").getAsArray();
        assertThat(editions).hasSize(2);
        Map<String, JsonObject> byKey = new java.util.HashMap<>();
        editions.forEach(entry -> byKey.put(entry.getAsObject().get("edition").getAsObject().get("key").getAsString()
                .value(), entry.getAsObject()));
        JsonObject first = byKey.get("2025-01-01").get("edition").getAsObject();
        JsonObject second = byKey.get("2026-01-01").get("edition").getAsObject();
        assertThat(first.get("validTo").getAsString().value()).isEqualTo("2026-01-01");
        assertThat(second.get("validFrom").getAsString().value()).isEqualTo("2026-01-01");
        assertThat(second.hasKey("validTo") && !second.get("validTo").isNull()).isFalse();
        assertThat(second.get("reportGraph").getAsString().value()).endsWith("/graph/validazione/cciaa-di-foggia/2026-01-01");
        assertThat(byKey.get("2026-01-01").get("current").getAsBoolean().value()).isTrue();
        assertThat(byKey.get("2026-01-01").get("differences").getAsString().value())
                .isEqualTo("/edizioni/differenze?da=cciaa-di-foggia/2025-01-01&a=cciaa-di-foggia/2026-01-01");
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.body()).contains("Risultati per unità organizzativa");
    }

    private static List<org.assertj.core.groups.Tuple> changes(JsonObject diff, String kind, String... fields) {
        JsonArray array = diff.get(kind).getAsArray();
        List<org.assertj.core.groups.Tuple> tuples = new ArrayList<>();
        for (JsonValue change : array) {
            Object[] values = new Object[fields.length];
            for (int i = 0; i < fields.length; i++) {
                JsonValue value = change.getAsObject().get(fields[i]);
                values[i] = value == null ? null : value.getAsString().value();
            }
            tuples.add(tuple(values));
        }
        return tuples;
    }

    @Test
    @Order(5)
    void publishingTheSameDocumentAgainChangesNothing() throws Exception {
        List<String> before = storeDump(service);
        Path document = Files.write(directory.resolve("allegato-c-2026.txt"), ChangedFoggiaDocument.changed());

        HttpResponse<String> again = service.send(publication(service, ChangedFoggiaDocument.changed(), "2026-02-01")
                .build());
        PackagedCommand.Run cli = command("publish", document.toString(), "--server", service.url(""),
                "--user", TestEditors.EDITOR, "--edition-date", "2026-01-01");

        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(JSON.parse(again.body()).get("outcome").getAsString().value()).isEqualTo("already-published");
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.out()).contains("already published as edition 2026-01-01");
        assertThat(storeDump(service)).isEqualTo(before);
    }
}
