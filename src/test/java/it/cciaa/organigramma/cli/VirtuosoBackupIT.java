package it.cciaa.organigramma.cli;

import static org.assertj.core.api.Assertions.assertThat;

import it.cciaa.organigramma.web.VirtuosoServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code backup} and {@code restore} against OpenLink Virtuoso 7, as a chamber running it would: the packaged jar
 * with Virtuoso's endpoints and Digest credentials in the environment, graph by graph, Virtuoso's own graphs left
 * out, a non-empty store refused without {@code --replace}.
 */
class VirtuosoBackupIT {
    private static final String GRAPH_A = "https://example.org/test/backup-a";
    private static final String GRAPH_B = "https://example.org/test/backup-b";

    @TempDir
    Path temp;

    @Test
    void aVirtuosoStoreIsBackedUpAndRestoredIntoAnotherGraphByGraph() throws Exception {
        VirtuosoServer source = VirtuosoServer.start();
        VirtuosoServer target = VirtuosoServer.start();
        try {
            Model a = turtle("<https://example.org/test/s> <https://example.org/test/p> \"uno\", \"riga\\ndue\" .");
            Model b = turtle("<https://example.org/test/t> <https://example.org/test/q> <https://example.org/test/s> .");
            try (RDFConnection writer = source.writer()) {
                writer.put(GRAPH_A, a);
                writer.put(GRAPH_B, b);
            }
            Path file = temp.resolve("virtuoso.nq");

            PackagedJarIT.Run backup = PackagedJarIT.runWith(source.commandEnvironment(), "backup", "--store-url",
                    source.queryEndpoint(), "--out", file.toString());
            assertThat(backup.exitCode()).as(backup.err()).isEqualTo(0);
            Dataset saved = RDFDataMgr.loadDataset(file.toString());
            assertThat(names(saved)).containsExactlyInAnyOrder(GRAPH_A, GRAPH_B);
            assertThat(saved.getDefaultModel().isEmpty()).isTrue();
            assertThat(saved.getNamedModel(GRAPH_A).isIsomorphicWith(a)).isTrue();

            PackagedJarIT.Run restore = PackagedJarIT.runWith(target.commandEnvironment(), "restore", "--store-url",
                    target.queryEndpoint(), file.toString());
            assertThat(restore.exitCode()).as(restore.err()).isEqualTo(0);
            try (RDFConnection reader = target.writer()) {
                assertThat(reader.fetch(GRAPH_A).isIsomorphicWith(a)).isTrue();
                assertThat(reader.fetch(GRAPH_B).isIsomorphicWith(b)).isTrue();
            }

            PackagedJarIT.Run again = PackagedJarIT.runWith(target.commandEnvironment(), "restore", "--store-url",
                    target.queryEndpoint(), file.toString());
            assertThat(again.exitCode()).isEqualTo(2);
            assertThat(again.err()).contains("is not empty", "--replace");
        } finally {
            source.process().destroyForcibly();
            target.process().destroyForcibly();
        }
    }

    private static Model turtle(String text) {
        Model model = ModelFactory.createDefaultModel();
        RDFDataMgr.read(model, new java.io.StringReader(text), null, org.apache.jena.riot.Lang.TURTLE);
        return model;
    }

    private static List<String> names(Dataset dataset) {
        List<String> names = new ArrayList<>();
        dataset.listNames().forEachRemaining(names::add);
        return names;
    }
}
