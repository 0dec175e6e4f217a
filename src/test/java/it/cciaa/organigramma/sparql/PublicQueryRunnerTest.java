package it.cciaa.organigramma.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import it.cciaa.organigramma.store.KgProperties;
import it.cciaa.organigramma.store.KnowledgeStore;
import it.cciaa.organigramma.store.StoreEngine;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** Public queries on a real (in-process, loopback) Fuseki: answers read in full and capped, store failures as 502. */
class PublicQueryRunnerTest {
    private static final String GRAPH = "https://w3id.org/organigramma-kg/graph/test";
    private static final int MAX_ROWS = 5;
    private static FusekiServer fuseki;

    @BeforeAll
    static void startStore() {
        // 30 resources of 3 types in one named graph; the default graph is empty, as in the real store.
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        Node graph = NodeFactory.createURI(GRAPH);
        for (int i = 0; i < 30; i++) {
            data.add(new Quad(graph, NodeFactory.createURI("urn:example:item" + i), RDF.type.asNode(),
                    NodeFactory.createURI("urn:example:Type" + (i % 3))));
        }
        fuseki = FusekiServer.create().loopback(true).port(0).add("/ds", data).build().start();
    }

    @AfterAll
    static void stopStore() {
        fuseki.stop();
    }

    private static KgProperties properties() {
        return new KgProperties("https://w3id.org/organigramma-kg", Path.of("run"), "", "", "", "", "", "",
                Duration.ofSeconds(2), Duration.ofSeconds(60), MAX_ROWS, 1_000_000, null, null);
    }

    private static PublicQueryRunner runnerOn(String datasetUrl) {
        KnowledgeStore store = new KnowledgeStore(() -> datasetUrl, properties());
        return new PublicQueryRunner(store, new StoreEngine(store, properties()), properties(),
                new SimpleMeterRegistry(), new it.cciaa.organigramma.store.MemoryPressure(), "");
    }

    private static QueryAnswer run(String query) {
        AdmittedQuery admitted = new QueryPolicy("https://w3id.org/organigramma-kg", MAX_ROWS)
                .admit(query, List.of(), List.of(), Set.of(GRAPH)::contains);
        return runnerOn("http://127.0.0.1:" + fuseki.getHttpPort() + "/ds").run(admitted);
    }

    @Test
    void aSelectOverTheCapKeepsTheFirstRowsAndSaysItWasCut() {
        QueryAnswer.Solutions answer = (QueryAnswer.Solutions) run("SELECT ?s WHERE { GRAPH ?g { ?s a ?type } } ORDER BY ?s");
        assertThat(answer.rows()).hasSize(MAX_ROWS);
        assertThat(answer.cutAtRowLimit()).isTrue();

        QueryAnswer.Solutions small = (QueryAnswer.Solutions) run("SELECT ?s WHERE { GRAPH ?g { ?s a ?type } } LIMIT 5");
        assertThat(small.rows()).hasSize(5);
        assertThat(small.cutAtRowLimit()).isFalse();
    }

    @Test
    void aConstructWhoseSolutionsPassTheCapIsCutEvenWhenItsTriplesAreFew() {
        // 30 solutions give only 3 distinct triples: the cap on solutions still makes the answer partial.
        QueryAnswer.Triples answer = (QueryAnswer.Triples) run(
                "CONSTRUCT { ?type a <http://www.w3.org/2000/01/rdf-schema#Class> } WHERE { GRAPH ?g { ?s a ?type } }");
        assertThat(answer.cutAtRowLimit()).isTrue();
        assertThat(answer.triples()).hasSizeLessThanOrEqualTo(3);

        QueryAnswer.Triples whole = (QueryAnswer.Triples) run("CONSTRUCT { ?type a <http://www.w3.org/2000/01/rdf-schema#Class> } "
                + "WHERE { { SELECT DISTINCT ?type WHERE { GRAPH ?g { ?s a ?type } } } }");
        assertThat(whole.cutAtRowLimit()).isFalse();
        assertThat(whole.triples()).hasSize(3);
    }

    @Test
    void aConstructFillsItsTemplateWithFreshBlankNodesAndSkipsUnboundTriples() {
        QueryAnswer.Triples answer = (QueryAnswer.Triples) run("CONSTRUCT { ?s <urn:example:tag> _:t . _:t <urn:example:of> ?missing } "
                + "WHERE { GRAPH ?g { ?s a <urn:example:Type0> } } ORDER BY ?s LIMIT 2");
        assertThat(answer.triples()).hasSize(2);
        assertThat(answer.triples().get(0).getObject().isBlank()).isTrue();
        assertThat(answer.triples().get(0).getObject()).isNotEqualTo(answer.triples().get(1).getObject());
    }

    @Test
    void anAskAndADescribeAreAnswered() {
        assertThat(((QueryAnswer.Verdict) run("ASK { GRAPH ?g { <urn:example:item1> ?p ?o } }")).value()).isTrue();
        QueryAnswer.Triples described = (QueryAnswer.Triples) run("DESCRIBE <urn:example:item1> FROM <" + GRAPH + ">");
        assertThat(described.triples()).isNotEmpty();
    }

    @Test
    void aStoreThatCannotBeReachedIsA502WithoutItsAddress() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        AdmittedQuery admitted = new QueryPolicy("https://w3id.org/organigramma-kg", MAX_ROWS)
                .admit("ASK { ?s ?p ?o }", List.of(), List.of(), graph -> false);
        assertThatThrownBy(() -> runnerOn("http://127.0.0.1:" + closedPort + "/ds").run(admitted))
                .isInstanceOf(SparqlRequestException.class)
                .satisfies(e -> assertThat(((SparqlRequestException) e).status()).isEqualTo(HttpStatus.BAD_GATEWAY))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("127.0.0.1").doesNotContain(Integer.toString(closedPort)));
    }
}
