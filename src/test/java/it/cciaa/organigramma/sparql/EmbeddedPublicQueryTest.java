package it.cciaa.organigramma.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import it.cciaa.organigramma.store.EmbeddedStore;
import it.cciaa.organigramma.store.KgProperties;
import it.cciaa.organigramma.store.KnowledgeStore;
import it.cciaa.organigramma.store.MemoryPressure;
import it.cciaa.organigramma.store.StoreEngine;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.update.UpdateRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpStatus;

/**
 * Public queries on the embedded TDB2 store, run in this JVM: each attack on the read path is refused before it runs
 * or stopped at its time limit, with nothing left working afterwards.
 */
class EmbeddedPublicQueryTest {
    private static final String GRAPH = "https://w3id.org/organigramma-kg/graph/test";
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    @TempDir
    static Path dataDir;
    private static EmbeddedStore embedded;
    private static PublicQueryRunner runner;

    @BeforeAll
    static void startStore() {
        KgProperties properties = new KgProperties("https://w3id.org/organigramma-kg", dataDir, "", "", "", "", "",
                "", TIMEOUT, Duration.ofSeconds(60), 100, 1_000_000, null, null);
        embedded = new EmbeddedStore(dataDir, 60_000, true);
        embedded.start();
        KnowledgeStore store = KnowledgeStore.local(embedded::dataset, embedded.description(), properties);
        QuadDataAcc data = new QuadDataAcc();
        Node graph = NodeFactory.createURI(GRAPH);
        for (int i = 0; i < 3_000; i++) { // 3,000 triples: 9 million pairs
            data.addQuad(Quad.create(graph, NodeFactory.createURI("urn:example:item" + i),
                    NodeFactory.createURI("urn:example:value"), NodeFactory.createLiteralString("value " + i)));
        }
        try (var connection = store.connect()) {
            connection.update(new UpdateRequest(new UpdateDataInsert(data)));
        }
        runner = new PublicQueryRunner(store, new StoreEngine(store, properties), properties,
                new SimpleMeterRegistry(), new MemoryPressure(), "");
    }

    @AfterAll
    static void stopStore() {
        embedded.stop();
    }

    private static QueryAnswer run(String query) {
        AdmittedQuery admitted = new QueryPolicy("https://w3id.org/organigramma-kg", 100)
                .admit(query, List.of(), List.of(), GRAPH::equals);
        return runner.run(admitted);
    }

    private static HttpStatus statusOf(String query) {
        try {
            run(query);
            return HttpStatus.OK;
        } catch (SparqlRequestException e) {
            return e.status();
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    @Test
    void aRegexWithCatastrophicBacktrackingIsStoppedAtTheTimeLimitAndLeavesNoBusyThread() throws Exception {
        String query = "SELECT ?r WHERE { BIND(REGEX(\"" + "a".repeat(50_000) + "\", \"(.*a){3}§\") AS ?r) }";
        long start = System.nanoTime();
        assertThat(statusOf(query)).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(TIMEOUT.plusSeconds(2));
        // 2 s after the 503, the process works no more than an idle one: a thread still matching would use a core
        Thread.sleep(2_000);
        long cpu = processCpuNanos();
        Thread.sleep(1_000);
        assertThat(Duration.ofNanos(processCpuNanos() - cpu)).isLessThan(Duration.ofMillis(300));
    }

    @Test
    void replaceIsBoundedTooAndBothKeepTheirMeaning() {
        String slow = "SELECT ?r WHERE { BIND(REPLACE(\"" + "a".repeat(20_000) + "\", \"(.*a){4}§\", \"x\") AS ?r) }";
        assertThat(statusOf(slow)).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        QueryAnswer.Solutions answer = (QueryAnswer.Solutions) run("SELECT ?r ?m ?n WHERE { "
                + "BIND(REPLACE(\"Ufficio Protocollo\"@it, \"o\\\\b\", \"O\", \"i\") AS ?r) "
                + "BIND(REGEX(\"Ufficio\", \"^UFF\", \"i\") AS ?m) BIND(REGEX(\"Ufficio\", \"^UFF\") AS ?n) }");
        var row = answer.rows().get(0);
        assertThat(row.get(org.apache.jena.sparql.core.Var.alloc("r")))
                .isEqualTo(NodeFactory.createLiteralLang("UfficiO ProtocollO", "it"));
        assertThat(row.get(org.apache.jena.sparql.core.Var.alloc("m")).getLiteralLexicalForm()).isEqualTo("true");
        assertThat(row.get(org.apache.jena.sparql.core.Var.alloc("n")).getLiteralLexicalForm()).isEqualTo("false");
        QueryAnswer.Solutions filtered = (QueryAnswer.Solutions) run("SELECT ?s WHERE { GRAPH ?g { ?s ?p ?v "
                + "FILTER(REGEX(?v, \"^value 12$\")) } }");
        assertThat(filtered.rows()).hasSize(1);
    }

    @Test
    void theBoundsLeaveTheStoresOwnQueryEngineInPlace() {
        // TDB2 keeps its query engine's settings in the dataset's context: the bounds are added to it, not replacing it
        QueryAnswer.Solutions graphs = (QueryAnswer.Solutions) run("SELECT ?g WHERE { GRAPH ?g { } }");
        assertThat(graphs.rows()).hasSize(1);
    }

    @Test
    void aSortOfMillionsOfPairsUnderTheRowCapKeepsOnlyTheTopRows() {
        // 9 million pairs sorted: answered with the top 100, or stopped at the time limit, never out of memory
        HttpStatus status = statusOf("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } GRAPH ?h { ?x ?y ?z } } ORDER BY ?o ?z");
        assertThat(status).isIn(HttpStatus.OK, HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(statusOf("ASK { GRAPH ?g { ?s ?p ?o } }")).isEqualTo(HttpStatus.OK);
    }

    @Test
    void javaFunctionsAndPropertyFunctionsAreRefusedBeforeTheyRun() {
        assertThatThrownBy(() -> run("SELECT ?x WHERE { BIND(<java:org.apache.jena.sparql.function.library.sqrt>(16) "
                + "AS ?x) }"))
                .isInstanceOf(SparqlRequestException.class)
                .satisfies(e -> assertThat(((SparqlRequestException) e).status()).isEqualTo(HttpStatus.BAD_REQUEST))
                .hasMessageContaining("java:org.apache.jena.sparql.function.library.sqrt");
        assertThat(statusOf("SELECT ?x WHERE { FILTER(<java:org.apache.jena.sparql.function.library.sqrt>(16) > 1) }"))
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(statusOf("SELECT (<http://jena.apache.org/ARQ/function#sha1sum>(\"a\") AS ?x) {}"))
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(statusOf("SELECT ?x WHERE { ?x <http://jena.apache.org/ARQ/property#splitIRI> (?a ?b) }"))
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(statusOf("SELECT ?x WHERE { ?x <java:org.apache.jena.sparql.pfunction.library.splitIRI> (?a ?b) }"))
                .isEqualTo(HttpStatus.BAD_REQUEST);
        // SPARQL's own functions and the XSD casts are allowed
        QueryAnswer.Solutions answer = (QueryAnswer.Solutions) run("SELECT ?x WHERE { BIND(<http://www.w3.org/2001/"
                + "XMLSchema#integer>(\"16\") + STRLEN(\"abc\") AS ?x) }");
        assertThat(answer.rows().get(0).get(org.apache.jena.sparql.core.Var.alloc("x")).getLiteralLexicalForm())
                .isEqualTo("19");
    }
}
