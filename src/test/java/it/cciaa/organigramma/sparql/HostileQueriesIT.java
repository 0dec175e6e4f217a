package it.cciaa.organigramma.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import it.cciaa.organigramma.edition.ServiceProcess;
import it.cciaa.organigramma.edition.TestEditors;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The attacks on the read path, tried as an anonymous client would, on the packaged service with its embedded store
 * in a JVM of 256 MB: each is refused or bounded, and the service answers the next request.
 */
class HostileQueriesIT {
    private static ServiceProcess service;

    @BeforeAll
    static void start() throws Exception {
        Path dataDir = Files.createTempDirectory("kg-hostile-");
        service = ServiceProcess.start(dataDir, Map.of("KG_USERS", TestEditors.environment().get("KG_USERS"),
                "KG_QUERY_TIMEOUT", "3s"), List.of(), List.of("-Xmx256m", "-XX:+ExitOnOutOfMemoryError"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (service != null) {
            service.close();
        }
    }

    /** The protocol's form POST: long queries do not fit in a URL. */
    private static HttpResponse<String> query(String text, String accept) {
        return service.send(HttpRequest.newBuilder(URI.create(service.url("/sparql")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(text, StandardCharsets.UTF_8)))
                .build());
    }

    private static Duration cpu() {
        return service.handle().info().totalCpuDuration().orElseThrow();
    }

    @Test
    void aSortOfEveryPairOfTriplesIn256MbAnswers503AndTheNextRequestSucceeds() {
        HttpResponse<String> sorted = query("SELECT * WHERE { GRAPH ?g {?s ?p ?o} GRAPH ?h {?x ?y ?z} } ORDER BY ?o ?z",
                "application/sparql-results+json");
        assertThat(sorted.statusCode()).as(sorted.body()).isEqualTo(503);
        assertThat(query("ASK { ?s ?p ?o }", "application/sparql-results+json").statusCode()).isEqualTo(200);
        assertThat(service.get("/actuator/health", "application/json").body()).contains("\"status\":\"UP\"");
        assertThat(service.handle().isAlive()).isTrue();
        assertThat(service.log()).doesNotContain("OutOfMemoryError");
    }

    @Test
    void aCatastrophicRegexAnswers503AndLeavesNoBusyThread() throws Exception {
        HttpResponse<String> regex = query("SELECT ?r WHERE { BIND(REGEX(\"" + "a".repeat(50_000)
                + "\", \"(.*a){3}§\") AS ?r) }", "application/sparql-results+json");
        assertThat(regex.statusCode()).as(regex.body()).isEqualTo(503);
        Thread.sleep(2_000);
        Duration before = cpu();
        Thread.sleep(1_000);
        // a thread still matching would take a whole core: 1 s of CPU in this second
        assertThat(cpu().minus(before)).isLessThan(Duration.ofMillis(300));
    }

    @Test
    void javaFunctionsAndPropertyFunctionsAnswer400() {
        HttpResponse<String> java = query("SELECT ?x WHERE { BIND(<java:org.apache.jena.sparql.function.library.sqrt>(16)"
                + " AS ?x) }", "application/sparql-results+json");
        assertThat(java.statusCode()).isEqualTo(400);
        assertThat(java.body()).contains("java:org.apache.jena.sparql.function.library.sqrt", "non è ammessa");
        assertThat(query("SELECT * { ?x <http://jena.apache.org/ARQ/property#splitIRI> (?a ?b) }", "text/csv")
                .statusCode()).isEqualTo(400);
    }

    /** The TCP ports the service's process listens on, from /proc (Linux). */
    private static Set<Integer> listeningPorts() throws Exception {
        Set<String> inodes = new HashSet<>();
        try (var fds = Files.list(Path.of("/proc", Long.toString(service.handle().pid()), "fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (java.io.IOException gone) {
                    // closed meanwhile
                }
            }
        }
        Set<Integer> ports = new HashSet<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            for (String line : Files.readAllLines(Path.of(table)).subList(1, Files.readAllLines(Path.of(table)).size())) {
                String[] fields = line.trim().split("\\s+");
                if (fields[3].equals("0A") && inodes.contains(fields[9])) { // LISTEN
                    ports.add(Integer.parseInt(fields[1].substring(fields[1].indexOf(':') + 1), 16));
                }
            }
        }
        return ports;
    }

    @Test
    void noPortOfTheServiceTakesAWriteWithoutCredentials() throws Exception {
        Set<Integer> ports = listeningPorts();
        assertThat(ports).as("the service listens on its HTTP port only").hasSize(1);
        String marker = "urn:x-hostile:" + System.nanoTime();
        String update = "INSERT DATA { GRAPH <" + marker + "> { <" + marker + "> <" + marker + "> \"written\" } }";
        HttpClient client = HttpClient.newHttpClient();
        List<String> accepted = new ArrayList<>();
        for (int port : ports) {
            for (String path : List.of("/ds", "/ds/update", "/ds/data", "/update", "/sparql", "/admin/update",
                    "/admin/graph-store?graph=" + URLEncoder.encode(marker, StandardCharsets.UTF_8))) {
                URI uri = URI.create("http://127.0.0.1:" + port + path);
                List<HttpRequest> attempts = List.of(
                        HttpRequest.newBuilder(uri).header("Content-Type", "application/sparql-update")
                                .POST(HttpRequest.BodyPublishers.ofString(update)).build(),
                        HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("update="
                                        + URLEncoder.encode(update, StandardCharsets.UTF_8))).build(),
                        HttpRequest.newBuilder(uri).header("Content-Type", "text/turtle")
                                .PUT(HttpRequest.BodyPublishers.ofString("<" + marker + "> <" + marker + "> 1 ."))
                                .build());
                for (HttpRequest attempt : attempts) {
                    HttpResponse<String> answer = client.send(attempt, HttpResponse.BodyHandlers.ofString());
                    if (answer.statusCode() < 300) {
                        accepted.add(attempt.method() + " " + uri + " " + answer.statusCode());
                    }
                }
            }
        }
        assertThat(accepted).isEmpty();
        assertThat(query("ASK { GRAPH ?g { <" + marker + "> ?p ?o } }", "application/sparql-results+json").body())
                .contains("false");
    }
}
