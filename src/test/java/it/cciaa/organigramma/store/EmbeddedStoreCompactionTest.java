package it.cciaa.organigramma.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdfconnection.RDFConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded store's disk stays bounded: a store marked as changed is compacted when it next starts, before it
 * serves, reclaiming what replaced graphs left behind with the live data intact; an unchanged one is left alone, and
 * so is one too small for the reclaimed disk to be worth a slower start.
 */
class EmbeddedStoreCompactionTest {

    private static List<String> generations(Path dataDir) throws Exception {
        try (var files = Files.list(dataDir.resolve("tdb2"))) {
            return files.map(path -> path.getFileName().toString()).filter(name -> name.startsWith("Data-"))
                    .sorted().toList();
        }
    }

    /** Five rounds of replacing a graph of 5,000 triples, then the mark a publication leaves. */
    private static void changeFiveTimes(EmbeddedStore store) {
        store.start();
        try {
            for (int round = 0; round < 5; round++) {
                try (RDFConnection connection = KnowledgeStore.forEmbedded(store).connect()) {
                    connection.update("DROP SILENT GRAPH <urn:x:g>");
                    StringBuilder insert = new StringBuilder("INSERT DATA { GRAPH <urn:x:g> {");
                    for (int i = 0; i < 5_000; i++) {
                        insert.append(" <urn:x:s").append(i).append("> <urn:x:p> \"round ").append(round)
                                .append(" value ").append(i).append("\" .");
                    }
                    connection.update(insert.append(" } }").toString());
                }
            }
            store.markCompactionDue();
        } finally {
            store.stop();
        }
    }

    @Test
    void aStoreMarkedAsChangedIsCompactedAtItsNextStartAndKeepsTheLiveData(@TempDir Path dataDir) throws Exception {
        EmbeddedStore store = new EmbeddedStore(dataDir, 60_000, true, 0);
        changeFiveTimes(store);
        assertThat(generations(dataDir)).containsExactly("Data-0001");
        assertThat(dataDir.resolve(EmbeddedStore.COMPACTION_DUE)).exists();
        long before = store.diskBytes();

        store.start();
        try {
            assertThat(generations(dataDir)).containsExactly("Data-0002");
            assertThat(store.diskBytes()).isLessThan(before);
            assertThat(dataDir.resolve(EmbeddedStore.COMPACTION_DUE)).doesNotExist();
            try (RDFConnection connection = KnowledgeStore.forEmbedded(store).connect()) {
                assertThat(connection.queryAsk(
                        "ASK { GRAPH <urn:x:g> { <urn:x:s4999> <urn:x:p> \"round 4 value 4999\" } }")).isTrue();
                assertThat(connection.queryAsk("ASK { GRAPH <urn:x:g> { ?s ?p \"round 3 value 1\" } }")).isFalse();
            }
        } finally {
            store.stop();
        }

        store.start(); // not marked since: not compacted again
        store.stop();
        assertThat(generations(dataDir)).containsExactly("Data-0002");

        changeFiveTimes(store); // marked again, but not yet twice its size after the last compaction
        long grown = store.diskBytes();
        long compacted = Long.parseLong(Files.readString(dataDir.resolve(EmbeddedStore.COMPACTED_BYTES)).strip());
        assertThat(grown).isLessThan(2 * compacted);
        store.start();
        store.stop();
        assertThat(generations(dataDir)).containsExactly("Data-0002");
        assertThat(dataDir.resolve(EmbeddedStore.COMPACTION_DUE)).as("still due").exists();
    }

    @Test
    void aSmallStoreMarkedAsChangedStartsWithoutCompactingAndStaysMarked(@TempDir Path dataDir) throws Exception {
        EmbeddedStore store = new EmbeddedStore(dataDir, 60_000, true);
        changeFiveTimes(store);

        store.start();
        store.stop();

        assertThat(store.diskBytes()).isLessThan(EmbeddedStore.COMPACT_FROM_BYTES);
        assertThat(generations(dataDir)).containsExactly("Data-0001");
        assertThat(dataDir.resolve(EmbeddedStore.COMPACTION_DUE)).exists();
    }
}
