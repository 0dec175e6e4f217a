package it.cciaa.organigramma.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.rdfconnection.RDFConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded store's disk stays bounded: compaction reclaims what replaced graphs left behind, data intact. */
class EmbeddedFusekiCompactionTest {

    @Test
    void compactionReclaimsTheSpaceOfReplacedGraphsAndKeepsTheLiveData(@TempDir Path dataDir) throws Exception {
        EmbeddedFuseki store = new EmbeddedFuseki(dataDir, 60_000, true);
        store.start();
        try {
            for (int round = 0; round < 5; round++) {
                try (RDFConnection connection = RDFConnection.connect(store.datasetUrl())) {
                    connection.update("DROP SILENT GRAPH <urn:x:g>");
                    StringBuilder insert = new StringBuilder("INSERT DATA { GRAPH <urn:x:g> {");
                    for (int i = 0; i < 5_000; i++) {
                        insert.append(" <urn:x:s").append(i).append("> <urn:x:p> \"round ").append(round)
                                .append(" value ").append(i).append("\" .");
                    }
                    connection.update(insert.append(" } }").toString());
                }
            }
            long before = store.diskBytes();
            store.compact();
            long after = store.diskBytes();
            assertThat(after).isLessThan(before);
            try (var generations = Files.list(dataDir.resolve("tdb2"))) {
                assertThat(generations.filter(path -> path.getFileName().toString().startsWith("Data-"))).hasSize(1);
            }
            try (RDFConnection connection = RDFConnection.connect(store.datasetUrl())) {
                assertThat(connection.queryAsk("ASK { GRAPH <urn:x:g> { <urn:x:s4999> <urn:x:p> \"round 4 value 4999\" } }"))
                        .isTrue();
                assertThat(connection.queryAsk("ASK { GRAPH <urn:x:g> { ?s ?p \"round 3 value 1\" } }")).isFalse();
            }
        } finally {
            store.stop();
        }
    }
}
