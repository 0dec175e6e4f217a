package it.cciaa.organigramma.opendata;

import it.cciaa.organigramma.store.KgProperties;
import it.cciaa.organigramma.store.KnowledgeStore;
import it.cciaa.organigramma.store.StoreVersion;
import it.cciaa.organigramma.vocabulary.Prefixes;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.springframework.stereotype.Component;

/**
 * The downloadable files: everything the store holds (TriG, N-Quads) and the current edition with the process map,
 * the laws and the vocabularies it uses (Turtle, JSON-LD, TriG). Built from the store graph by graph (SPARQL Graph
 * Store Protocol) and kept in memory per store version; at the size of one chamber that is a few megabytes. (For the
 * national graph the dumps would be written to disk at each publication and streamed.)
 */
@Component
public class Dumps {
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
    private final String graphBase;
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    public Dumps(KnowledgeStore store, OpenDataQueries queries, StoreVersion version, KgProperties properties) {
        this.store = store;
        this.queries = queries;
        this.version = version;
        this.graphBase = properties.baseIri().replaceAll("/$", "") + "/graph/";
    }

    /** The bytes of a dump of the current content. */
    public byte[] bytes(Dump dump) {
        String key = version.token() + "/" + dump.name();
        return cache.computeIfAbsent(key, k -> {
            cache.keySet().removeIf(old -> !old.startsWith(version.token() + "/"));
            return build(dump);
        });
    }

    private byte[] build(Dump dump) {
        List<String> graphs = graphsOf(dump);
        Dataset dataset = DatasetFactory.create();
        try (RDFConnection connection = store.connect()) {
            for (String graph : graphs) {
                dataset.addNamedModel(graph, connection.fetch(graph));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (dump.format.getLang().equals(org.apache.jena.riot.Lang.TURTLE)
                || dump.format.getLang().equals(org.apache.jena.riot.Lang.JSONLD)) {
            Model merged = ModelFactory.createDefaultModel();
            graphs.forEach(graph -> merged.add(dataset.getNamedModel(graph)));
            Prefixes.applyTo(merged);
            RDFDataMgr.write(out, merged, dump.format);
        } else {
            Prefixes.applyTo(dataset.getDefaultModel());
            RDFDataMgr.write(out, dataset, dump.format);
        }
        return out.toByteArray();
    }

    /** Everything, or the current edition's graph with the map, laws, vocabularies and catalogue. */
    List<String> graphsOf(Dump dump) {
        List<String> all = queries.graphs().stream().map(OpenDataQueries.GraphSize::graph).toList();
        if (dump.everything()) {
            return all;
        }
        String current = queries.editions().stream().findFirst()
                .map(edition -> editionGraph(edition.iri())).orElse("");
        return all.stream()
                .filter(graph -> graph.equals(current) || !(graph.startsWith(graphBase + "organigramma/")
                        || graph.equals(graphBase + "shapes") || graph.equals(graphBase + "ontologia")))
                .toList();
    }

    /** The named graph of an edition dataset (docs/model.md: {@code …/data/dataset/X} lives in {@code …/graph/X}). */
    public String editionGraph(String editionIri) {
        return editionIri.replace("/data/dataset/organigramma/", "/graph/organigramma/");
    }
}
