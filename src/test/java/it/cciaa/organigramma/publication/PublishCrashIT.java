package it.cciaa.organigramma.publication;

import static org.assertj.core.api.Assertions.assertThat;

import it.cciaa.organigramma.edition.ChangedFoggiaDocument;
import it.cciaa.organigramma.edition.ServiceProcess;
import it.cciaa.organigramma.edition.TestEditors;
import it.cciaa.organigramma.ingest.AllegatoImporter.ImportOptions;
import it.cciaa.organigramma.iri.ServiceIris;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The service killed (as {@code kill -9} would) in the middle of a publication, then started again on the same
 * store: the store holds the previous edition whole and nothing of the new one (the write transaction never
 * committed), and publishing again works.
 */
class PublishCrashIT {
    private static final Duration WAIT = Duration.ofMinutes(2);

    @Test
    void aServiceKilledWhileWritingAnEditionRestartsWithThePreviousEditionWhole() throws Exception {
        Path dataDir = Files.createTempDirectory("kg-crash-").resolve("run");
        byte[] changed = ChangedFoggiaDocument.changed();
        long newEditionTriples = EditionCandidate.fromDocument(changed, "allegato-c.txt", new ImportOptions(
                ServiceIris.DEFAULT_BASE, "2024", Optional.of(LocalDate.parse("2026-01-01"))))
                .dataset().getNamedModel(EditionPublishingIT.NEW_GRAPH).size();
        ServiceProcess service = ServiceProcess.start(dataDir, TestEditors.environment());
        List<String> before = EditionPublishingIT.storeDump(service);

        // Killed as soon as the edition starts to be written, then a little later each time: inside the write
        // transaction (the embedded store applies the update request within it, in a few hundred ms).
        for (long delay : List.of(0L, 60L, 150L)) {
            CompletableFuture<HttpResponse<String>> publication = service.client().sendAsync(
                    EditionPublishingIT.publication(service, changed, "2026-01-01").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(service.awaitLog("Writing edition 2026-01-01", WAIT)).as(service.log()).isTrue();
            Thread.sleep(delay);
            service.kill();
            assertThat(publication).failsWithin(WAIT);

            service = ServiceProcess.start(dataDir, TestEditors.environment());
            List<String> after = EditionPublishingIT.storeDump(service);
            long written = after.stream().filter(quad -> quad.endsWith("<" + EditionPublishingIT.NEW_GRAPH + "> ."))
                    .count();
            System.out.printf("killed %d ms after the edition started to be written: %s%n", delay,
                    written == 0 ? "the store as before" : "the new edition whole");
            if (written == 0) {
                assertThat(after).as("killed %d ms into the update: the store as before", delay).isEqualTo(before);
            } else {
                assertThat(written).as("killed %d ms into the update: the new edition whole", delay)
                        .isEqualTo(newEditionTriples);
                assertThat(oldEdition(after)).isEqualTo(oldEdition(before));
                break;
            }
        }

        HttpResponse<String> again = service.send(EditionPublishingIT.publication(service, changed, "2026-01-01")
                .build());
        assertThat(again.statusCode()).as(again.body()).isIn(200, 201);
        HttpResponse<String> page = service.send(HttpRequest.newBuilder(URI.create(service.url("/organigramma")))
                .header("Accept", "text/html").GET().build());
        assertThat(page.statusCode()).isEqualTo(200);
        service.close();
    }

    private static List<String> oldEdition(List<String> dump) {
        return dump.stream().filter(quad -> quad.endsWith("<" + EditionPublishingIT.OLD_GRAPH + "> .")).toList();
    }
}
