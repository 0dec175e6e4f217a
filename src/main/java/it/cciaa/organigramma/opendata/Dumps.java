package it.cciaa.organigramma.opendata;

import it.cciaa.organigramma.edition.Edition;
import it.cciaa.organigramma.iri.ServiceIris;
import it.cciaa.organigramma.query.NamedQueries;
import it.cciaa.organigramma.query.NamedQuery;
import it.cciaa.organigramma.store.KgProperties;
import it.cciaa.organigramma.store.KnowledgeStore;
import it.cciaa.organigramma.store.StoreLoadedEvent;
import it.cciaa.organigramma.store.StoreVersion;
import it.cciaa.organigramma.vocabulary.Prefixes;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The downloadable files: everything the store holds (TriG, N-Quads), and each chamber's current edition with the
 * process map, laws and vocabularies it uses, its validation report and its own catalogue entry (Turtle, JSON-LD,
 * TriG). Written to disk ({@code {data dir}/dumps/{store version}/}) graph by graph, never built whole in memory,
 * and streamed from there: the whole-store dumps right after each change of content, a chamber's on first request.
 * Files of earlier store versions are deleted.
 */
@Component
public class Dumps {
    private static final Logger LOG = LoggerFactory.getLogger(Dumps.class);

    /** A dump the service offers: its file name, scope, media type and Jena format. */
    public enum Dump {
        ALL_TRIG("organigramma.trig", true, "application/trig", RDFFormat.TRIG_BLOCKS, "RDF_TRIG"),
        ALL_NQUADS("organigramma.nq", true, "application/n-quads", RDFFormat.NQUADS, "NQUADS"),
        CURRENT_TURTLE("edizione-corrente.ttl", false, "text/turtle", RDFFormat.TURTLE_BLOCKS, "RDF_TURTLE"),
        CURRENT_JSONLD("edizione-corrente.jsonld", false, "application/ld+json", RDFFormat.JSONLD_PRETTY, "JSON_LD"),
        CURRENT_TRIG("edizione-corrente.trig", false, "application/trig", RDFFormat.TRIG_BLOCKS, "RDF_TRIG");

        private final String fileName;
        private final boolean everything;
        private final String mediaType;
        private final RDFFormat format;
        private final String euFileType;

        Dump(String fileName, boolean everything, String mediaType, RDFFormat format, String euFileType) {
            this.fileName = fileName;
            this.everything = everything;
            this.mediaType = mediaType;
            this.format = format;
            this.euFileType = euFileType;
        }

        public String fileName() {
            return fileName;
        }

        public boolean everything() {
            return everything;
        }

        public String mediaType() {
            return mediaType;
        }

        /** The EU file-type authority code (DCAT-AP_IT {@code dct:format}). */
        public String euFileType() {
            return euFileType;
        }

        public static Optional<Dump> ofFileName(String name) {
            return Arrays.stream(values()).filter(d -> d.fileName.equals(name)).findFirst();
        }
    }

    private final KnowledgeStore store;
    private final OpenDataQueries queries;
    private final StoreVersion version;
    private final ServiceIris iris;
    private final Path directory;
    private final NamedQuery catalogueEntry;
    private final Map<String, Object> locks = new ConcurrentHashMap<>();
    private final ExecutorService writer = Executors.newSingleThreadExecutor(Thread.ofPlatform()
            .name("dump-writer").daemon(true).factory());

    public Dumps(KnowledgeStore store, OpenDataQueries queries, StoreVersion version, KgProperties properties,
            NamedQueries library) {
        this.store = store;
        this.queries = queries;
        this.version = version;
        this.iris = properties.iris();
        this.directory = properties.dataDir().resolve("dumps");
        this.catalogueEntry = library.find("opendata/catalogue-entry").orElseThrow();
    }

    /**
     * After a change of content: the whole-store dumps are written at once, in the background, in one pass over the
     * store (each graph read once and written in every format); old files go.
     */
    @EventListener
    void contentChanged(StoreLoadedEvent event) {
        String token = version.token();
        writer.submit(() -> {
            deleteOtherVersions(token);
            List<Dump> everything = Arrays.stream(Dump.values()).filter(Dump::everything).toList();
            try {
                writeTogether(token, everything);
            } catch (RuntimeException e) {
                LOG.warn("Cannot write the whole-store dumps (written on the next request): {}", e.toString());
            }
        });
    }

    /** Writes the missing whole-store dumps of one store version in one pass, each file moved into place when done. */
    private void writeTogether(String token, List<Dump> dumps) {
        List<Dump> missing = dumps.stream()
                .filter(dump -> !Files.isRegularFile(directory.resolve(token).resolve(dump.fileName()))).toList();
        if (missing.isEmpty()) {
            LOG.info("The whole-store dumps of store version {} are on disk already", token);
            return;
        }
        long start = System.nanoTime();
        writeAtomically(missing.stream().map(dump -> directory.resolve(token).resolve(dump.fileName())).toList(),
                outs -> writeEverything(missing, outs));
        LOG.info("Wrote the whole-store dumps {} of store version {} in {} ms",
                missing.stream().map(Dump::fileName).toList(), token, (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * The file of a dump of the current content: the whole store, or the current edition of {@code chamber} (its
     * current edition, required for the current-edition dumps). Written now if it is not on disk yet.
     */
    public Path file(Dump dump, Edition chamber) {
        String token = version.token();
        Path file = directory.resolve(token).resolve(dump.everything() ? dump.fileName()
                : chamber.ente() + "/" + dump.fileName());
        if (Files.isRegularFile(file)) {
            return file;
        }
        synchronized (locks.computeIfAbsent(file.toString(), key -> new Object())) {
            if (!Files.isRegularFile(file)) {
                write(dump, chamber, file);
            }
        }
        locks.remove(file.toString());
        return file;
    }

    /** Writes one dump to its file. */
    private void write(Dump dump, Edition chamber, Path file) {
        writeAtomically(List.of(file), outs -> {
            if (dump.everything()) {
                writeEverything(List.of(dump), outs);
            } else {
                writeEdition(dump, chamber, outs.getFirst());
            }
        });
    }

    /**
     * Writes files through temporary files beside them, then moves each into place: a reader never sees half a file,
     * and a failure leaves none behind.
     */
    private static void writeAtomically(List<Path> files, java.util.function.Consumer<List<OutputStream>> content) {
        List<Path> partials = new ArrayList<>();
        List<OutputStream> outs = new ArrayList<>();
        try {
            for (Path file : files) {
                Files.createDirectories(file.getParent());
                Path partial = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".part");
                partials.add(partial);
                outs.add(new java.io.BufferedOutputStream(Files.newOutputStream(partial)));
            }
            content.accept(outs);
            for (OutputStream out : outs) {
                out.close();
            }
            for (int i = 0; i < files.size(); i++) {
                Files.move(partials.get(i), files.get(i), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the dumps " + files, e);
        } finally {
            for (OutputStream out : outs) {
                try {
                    out.close();
                } catch (IOException ignored) {
                    // closed above, or failed already: the partial file goes below
                }
            }
            for (Path partial : partials) {
                try {
                    Files.deleteIfExists(partial);
                } catch (IOException ignored) {
                    // a leftover partial file is never served: only complete files are moved into place
                }
            }
        }
    }

    /** Every named graph, one at a time, in each dump's format: memory holds one graph, never the store. */
    private void writeEverything(List<Dump> dumps, List<OutputStream> outs) {
        try (RDFConnection connection = store.connect()) {
            for (String graph : queries.graphs().stream().map(OpenDataQueries.GraphSize::graph).toList()) {
                Dataset one = DatasetFactory.create();
                Model content = connection.fetch(graph);
                one.addNamedModel(graph, content);
                Prefixes.applyTo(one.getDefaultModel());
                for (int i = 0; i < dumps.size(); i++) {
                    RDFDataMgr.write(outs.get(i), one, dumps.get(i).format);
                }
            }
        }
    }

    /** A chamber's current edition, the graphs every edition shares, its report and its catalogue entry. */
    private void writeEdition(Dump dump, Edition chamber, OutputStream out) {
        Dataset dataset = DatasetFactory.create();
        try (RDFConnection connection = store.connect()) {
            for (String graph : graphsOf(chamber)) {
                dataset.addNamedModel(graph, connection.fetch(graph));
            }
        }
        Model entry = ModelFactory.createModelForGraph(store.construct(catalogueEntry,
                Map.of("dataset", NodeFactory.createURI(chamber.dataset()))));
        dataset.addNamedModel(iris.catalogueGraph(), entry);
        if (dump.format.getLang().equals(org.apache.jena.riot.Lang.TURTLE)
                || dump.format.getLang().equals(org.apache.jena.riot.Lang.JSONLD)) {
            Model merged = ModelFactory.createDefaultModel();
            dataset.listNames().forEachRemaining(graph -> merged.add(dataset.getNamedModel(graph)));
            Prefixes.applyTo(merged);
            RDFDataMgr.write(out, merged, dump.format);
        } else {
            Prefixes.applyTo(dataset.getDefaultModel());
            RDFDataMgr.write(out, dataset, dump.format);
        }
    }

    /** The chamber's current edition graph, its report, and the map, laws and vocabularies. */
    List<String> graphsOf(Edition chamber) {
        List<String> present = queries.graphs().stream().map(OpenDataQueries.GraphSize::graph).toList();
        String map = chamber.mapRevision() == null ? null
                : iris.processMap(chamber.mapRevision()).graph();
        return present.stream().filter(graph -> graph.equals(chamber.graph()) || graph.equals(chamber.reportGraph())
                || graph.equals(iris.lawGraph()) || graph.equals(iris.vocabularyGraph())
                || graph.equals(map)).toList();
    }

    private void deleteOtherVersions(String token) {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (var versions = Files.list(directory)) {
            for (Path old : versions.filter(path -> !path.getFileName().toString().equals(token)).toList()) {
                try (var files = Files.walk(old)) {
                    files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
        } catch (IOException e) {
            LOG.warn("Cannot delete the dumps of earlier store versions in {}: {}", directory, e.toString());
        }
    }
}
