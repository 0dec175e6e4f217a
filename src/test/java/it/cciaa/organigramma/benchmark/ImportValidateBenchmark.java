package it.cciaa.organigramma.benchmark;

import it.cciaa.organigramma.ingest.AllegatoImporter;
import it.cciaa.organigramma.ingest.AllegatoImporter.ImportOptions;
import it.cciaa.organigramma.project.ProjectResources;
import it.cciaa.organigramma.validation.OrganigramValidator;
import it.cciaa.organigramma.validation.ShapesLibrary;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Benchmark (not a test): import plus validation of the Foggia document. Prints, for {@code warmup} untimed and
 * {@code iterations} timed rounds in this JVM, the time of the first round (cold: class loading, shapes and queries
 * parsed, JIT cold), the median and the 90th percentile of the timed rounds (hot), and the peak heap used.
 * Run it with {@code bench/import-validate.sh}.
 */
public final class ImportValidateBenchmark {
    public static void main(String[] args) throws Exception {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        byte[] document = ProjectResources.bytes(ProjectResources.FOGGIA_DOCUMENT);
        ImportOptions options = ImportOptions.defaults().withEditionDate(Optional.of(LocalDate.of(2025, 1, 1)));

        long start = System.nanoTime();
        OrganigramValidator validator = new OrganigramValidator(ShapesLibrary.load());
        int results = round(document, options, validator);
        double coldMillis = (System.nanoTime() - start) / 1e6;

        for (int i = 0; i < warmup; i++) {
            round(document, options, validator);
        }
        List<Double> hot = new ArrayList<>();
        for (int i = 0; i < iterations; i++) {
            long t = System.nanoTime();
            round(document, options, validator);
            hot.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(hot);
        long peakHeap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peakHeap += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("results=%d cold_ms=%.1f hot_median_ms=%.1f hot_p90_ms=%.1f hot_min_ms=%.1f "
                        + "peak_heap_mib=%.1f iterations=%d%n", results, coldMillis, hot.get(hot.size() / 2),
                hot.get((int) Math.ceil(hot.size() * 0.9) - 1), hot.getFirst(), peakHeap / 1048576.0, iterations);
    }

    private static int round(byte[] document, ImportOptions options, OrganigramValidator validator) throws Exception {
        var imported = new AllegatoImporter(options).importDocument(document, "allegato-c-cciaa-foggia.txt");
        return validator.validate(imported.dataset()).results().size();
    }
}
