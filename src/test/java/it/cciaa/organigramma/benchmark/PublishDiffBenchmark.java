package it.cciaa.organigramma.benchmark;

import it.cciaa.organigramma.edition.EditionDiffQueries;
import it.cciaa.organigramma.ingest.AllegatoImporter.ImportOptions;
import it.cciaa.organigramma.iri.ServiceIris;
import it.cciaa.organigramma.project.ProjectResources;
import it.cciaa.organigramma.publication.EditionCandidate;
import it.cciaa.organigramma.publication.EditionPublisher;
import it.cciaa.organigramma.publication.EditionPublisher.Published;
import it.cciaa.organigramma.publication.EditionTarget;
import it.cciaa.organigramma.publication.LocalEditionTarget;
import it.cciaa.organigramma.publication.StoreEditionTarget;
import it.cciaa.organigramma.query.NamedQueries;
import it.cciaa.organigramma.store.EmbeddedStore;
import it.cciaa.organigramma.store.KnowledgeStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;

/**
 * Benchmark (not a test): publishing a second edition of the Foggia organigram into a store that holds the first,
 * as the service does (embedded Fuseki over TDB2, one SPARQL Update request) and as {@code publish --data-dir}
 * does (TDB2 opened directly), and the diff between the two editions. Each round uses fresh stores. Prints the
 * median of each phase over the timed rounds. Run it with {@code bench/publish-diff.sh}.
 */
public final class PublishDiffBenchmark {
    private static final String REMOVED = "\tA1.2.1.4 Codice di comportamento e gestione Whistleblowing\n";

    public static void main(String[] args) throws Exception {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        byte[] first = ProjectResources.bytes(ProjectResources.FOGGIA_DOCUMENT);
        String text = new String(first, StandardCharsets.UTF_8);
        byte[] second = text.replace(REMOVED, "").getBytes(StandardCharsets.UTF_8);
        Map<String, List<Double>> times = new LinkedHashMap<>();
        for (int i = 0; i < warmup + iterations; i++) {
            Map<String, Double> round = round(first, second);
            if (i >= warmup) {
                round.forEach((phase, millis) -> times.computeIfAbsent(phase, k -> new ArrayList<>()).add(millis));
            }
        }
        StringBuilder line = new StringBuilder();
        times.forEach((phase, values) -> {
            Collections.sort(values);
            line.append(phase).append("_median_ms=").append(String.format("%.1f", values.get(values.size() / 2)))
                    .append(' ');
        });
        System.out.println(line.append("iterations=").append(iterations));
    }

    private static Map<String, Double> round(byte[] first, byte[] second) throws Exception {
        Map<String, Double> times = new LinkedHashMap<>();
        ImportOptions options = new ImportOptions(ServiceIris.DEFAULT_BASE, "2024", Optional.of(LocalDate.of(2025, 1, 1)));
        ImportOptions next = options.withEditionDate(Optional.of(LocalDate.of(2026, 1, 1)));

        Path service = Files.createTempDirectory("bench-service-");
        EmbeddedStore embedded = new EmbeddedStore(service, 600_000, true);
        embedded.start();
        try {
            KnowledgeStore store = KnowledgeStore.forEmbedded(embedded);
            TimedTarget target = new TimedTarget(new StoreEditionTarget(store,
                    it.cciaa.organigramma.store.StoreEngine.of(store)));
            EditionPublisher publisher = new EditionPublisher(target);
            publisher.publish(EditionCandidate.fromDocument(first, "a.txt", options));

            long start = System.nanoTime();
            EditionCandidate candidate = EditionCandidate.fromDocument(second, "b.txt", next);
            times.put("import", millisSince(start));
            start = System.nanoTime();
            publisher.validate(candidate);
            times.put("dry_run_validate", millisSince(start));
            start = System.nanoTime();
            Published published = (Published) publisher.publish(candidate);
            times.put("publish_validate_and_write", millisSince(start));
            times.put("write_update_request", target.applyMillis);

            EditionDiffQueries diff = EditionDiffQueries.over(store, NamedQueries.load());
            start = System.nanoTime();
            diff.diff(ServiceIris.DEFAULT_BASE + "/graph/organigramma/cciaa-di-foggia/2025-01-01", published.editionGraph());
            times.put("diff", millisSince(start));
        } finally {
            embedded.stop();
            // TDB2 keeps a closed database in its cache: release it, or the rounds fill the heap.
            org.apache.jena.tdb2.sys.TDBInternal.expel(
                    org.apache.jena.tdb2.DatabaseMgr.connectDatasetGraph(service.resolve("tdb2").toString()));
        }

        Path local = Files.createTempDirectory("bench-local-");
        try (LocalEditionTarget store = LocalEditionTarget.open(local)) {
            TimedTarget target = new TimedTarget(store);
            EditionPublisher publisher = new EditionPublisher(target);
            publisher.publish(EditionCandidate.fromDocument(first, "a.txt", options));
            publisher.publish(EditionCandidate.fromDocument(second, "b.txt", next));
            times.put("write_local_tdb2_transaction", target.applyMillis);
        }
        return times;
    }

    private static double millisSince(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    /** Times the write of the last publication. */
    private static final class TimedTarget implements EditionTarget {
        private final EditionTarget target;
        double applyMillis;

        TimedTarget(EditionTarget target) {
            this.target = target;
        }

        @Override
        public List<CatalogueEdition> editions(ServiceIris iris) {
            return target.editions(iris);
        }

        @Override
        public List<org.apache.jena.graph.Node> catalogueModified(ServiceIris iris) {
            return target.catalogueModified(iris);
        }

        @Override
        public Graph graph(String name) {
            return target.graph(name);
        }

        @Override
        public void apply(it.cciaa.organigramma.publication.PublicationUpdate publication) {
            long start = System.nanoTime();
            target.apply(publication);
            applyMillis = millisSince(start);
        }
    }
}
