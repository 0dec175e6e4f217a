package it.cciaa.organigramma.store;

import static org.assertj.core.api.Assertions.assertThat;

import it.cciaa.organigramma.query.NamedQuery;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.update.UpdateRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded store read in process: rows outlive the read transaction they were read in. A TDB2 row reads its
 * values from the database when asked, which fails once its transaction has ended unless the value happened to be
 * in the node cache; a store just opened has a cold one.
 */
class LocalStoreReadTest {

    @Test
    void rowsReadFromAStoreJustOpenedHoldTheirValuesAfterTheTransaction(@TempDir Path dataDir) {
        EmbeddedStore embedded = new EmbeddedStore(dataDir, 60_000, true);
        embedded.start();
        QuadDataAcc data = new QuadDataAcc();
        Node graph = NodeFactory.createURI("urn:example:graph");
        for (int i = 0; i < 2_000; i++) {
            data.addQuad(Quad.create(graph, NodeFactory.createURI("urn:example:s" + i),
                    NodeFactory.createURI("urn:example:p"), NodeFactory.createLiteralString("value " + i)));
        }
        try (var connection = KnowledgeStore.forEmbedded(embedded).connect()) {
            connection.update(new UpdateRequest(new UpdateDataInsert(data)));
        }
        embedded.stop();
        embedded.start(); // cold node cache
        try {
            KnowledgeStore store = KnowledgeStore.forEmbedded(embedded);
            NamedQuery query = NamedQuery.parse("test/values", """
                    #+ summary: every value
                    SELECT ?s ?v WHERE { GRAPH ?g { ?s <urn:example:p> ?v } }
                    """);
            RowSetRewindable rows = store.select(query, Map.of());
            List<String> values = new ArrayList<>();
            rows.forEachRemaining(row -> values.add(row.get(Var.alloc("v")).getLiteralLexicalForm()));
            assertThat(values).hasSize(2_000).contains("value 0", "value 1999");
        } finally {
            embedded.stop();
        }
    }
}
