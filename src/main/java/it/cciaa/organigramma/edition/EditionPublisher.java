package it.cciaa.organigramma.edition;

import it.cciaa.organigramma.ingest.AllegatoFormatException;
import it.cciaa.organigramma.ingest.AllegatoImporter;
import it.cciaa.organigramma.ingest.AllegatoImporter.ImportOptions;
import it.cciaa.organigramma.ingest.AllegatoImporter.Imported;
import it.cciaa.organigramma.ingest.Iris;
import it.cciaa.organigramma.query.NamedQueries;
import it.cciaa.organigramma.query.NamedQuery;
import it.cciaa.organigramma.query.QueryRunner;
import it.cciaa.organigramma.store.BaseRewriter;
import it.cciaa.organigramma.store.ProjectResources;
import it.cciaa.organigramma.validation.OrganigramValidator;
import it.cciaa.organigramma.validation.OrganigramValidator.Validation;
import it.cciaa.organigramma.validation.ShapesLibrary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.AlreadyLocked;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * Publishes an Allegato C as a new edition into the embedded store's TDB2 database ({@code dataDir/tdb2}), opened
 * directly: the document is imported and validated in memory first, and only an edition without SHACL Violations is
 * written, in one write transaction, so a reader sees the store before or after, never half of it.
 *
 * <pre>{@code
 * Outcome outcome = new EditionPublisher(Path.of("run"), options).publish(bytes, "allegato-c.txt");
 * }</pre>
 */
public final class EditionPublisher {
    private static final String SH = "http://www.w3.org/ns/shacl#";
    private static final String DCAT = "http://www.w3.org/ns/dcat#";
    private static final Node PREVIOUS_VERSION = NodeFactory.createURI(DCAT + "previousVersion");
    private static final Node MODIFIED = DCTerms.modified.asNode();

    /** What a publication did. */
    public sealed interface Outcome {}

    /** The edition is in the store: its graphs, the catalogue entry, the validation report and the edition before. */
    public record Published(String editionKey, String edition, String editionGraph, String reportGraph,
            Optional<String> previousEdition, Validation validation) implements Outcome {}

    /** The same document (same SHA-256) is already in the store as {@code edition}: nothing was written. */
    public record AlreadyPublished(String editionKey, String edition) implements Outcome {}

    /** The edition has SHACL Violations: nothing was written. */
    public record Rejected(Validation validation) implements Outcome {}

    /** Why the edition cannot be published; the message is for the person at the command line. */
    public static final class PublishRefused extends Exception {
        public PublishRefused(String message) {
            super(message);
        }
    }

    /** An edition of the catalogue, as the publisher compares it with the new one. */
    private record CatalogueEdition(String edition, Optional<String> modified, Optional<String> checksum) {}

    private final Path dataDir;
    private final ImportOptions options;
    private final NamedQuery publishedEditions;

    public EditionPublisher(Path dataDir, ImportOptions options) {
        this.dataDir = dataDir;
        this.options = options;
        this.publishedEditions = NamedQueries.load().find("edition/published-editions")
                .orElseThrow(() -> new IllegalStateException("queries/edition/published-editions.rq is missing"));
    }

    /**
     * Imports, validates and publishes one document. A document already published is recognised by its checksum and
     * changes nothing; a different document for a date already published is refused.
     */
    public Outcome publish(byte[] document, String sourceName) throws AllegatoFormatException, PublishRefused,
            IOException {
        Imported imported = new AllegatoImporter(options).importDocument(document, sourceName);
        Iris iris = imported.iris();
        Dataset edition = rewritten(imported, new BaseRewriter(options.base()));
        String checksum = checksumOf(edition.getNamedModel(iris.catalogueGraph()));

        Path database = dataDir.resolve("tdb2");
        Files.createDirectories(database);
        DatasetGraph store = connect(database);
        try {
            Node catalogueGraph = NodeFactory.createURI(iris.catalogueGraph());
            List<CatalogueEdition> published = Txn.calculateRead(store, () -> publishedEditions(store, catalogueGraph));
            Optional<CatalogueEdition> same = published.stream()
                    .filter(e -> e.checksum().equals(Optional.of(checksum))).findFirst();
            if (same.isPresent()) {
                String iri = same.get().edition();
                return new AlreadyPublished(iri.substring(iri.lastIndexOf('/') + 1), iri);
            }
            if (published.stream().anyMatch(e -> e.edition().equals(imported.edition()))) {
                throw new PublishRefused("edition " + imported.editionKey() + " exists with another document: "
                        + "publish this one with another --edition-date");
            }

            Dataset candidate = withStoreReferenceGraphs(edition, store, iris);
            Validation validation = new OrganigramValidator(ShapesLibrary.load()).validate(candidate);
            if (validation.hasViolations()) {
                return new Rejected(validation);
            }

            String reportGraph = iris.base() + "/graph/validazione/" + iris.ente() + "/" + imported.editionKey();
            Optional<CatalogueEdition> previous = options.editionDate().flatMap(date -> published.stream()
                    .filter(e -> e.modified().filter(m -> m.compareTo(date.toString()) < 0).isPresent())
                    .max(Comparator.comparing(e -> e.modified().orElseThrow())));
            Optional<CatalogueEdition> next = options.editionDate().flatMap(date -> published.stream()
                    .filter(e -> e.modified().filter(m -> m.compareTo(date.toString()) > 0).isPresent())
                    .min(Comparator.comparing(e -> e.modified().orElseThrow())));
            Model report = reportOf(validation);
            Txn.executeWrite(store, () -> write(store, edition, imported, report, reportGraph, previous, next));
            return new Published(imported.editionKey(), imported.edition(), imported.editionGraph(), reportGraph,
                    previous.map(CatalogueEdition::edition), validation);
        } finally {
            TDBInternal.expel(store);
        }
    }

    /** The imported graphs with every IRI of ours on the configured base. */
    private static Dataset rewritten(Imported imported, BaseRewriter rewriter) {
        Dataset dataset = DatasetFactory.create();
        for (Iterator<String> names = imported.dataset().listNames(); names.hasNext(); ) {
            String name = names.next();
            dataset.addNamedModel(name, rewriter.rewrite(imported.dataset().getNamedModel(name)));
        }
        return dataset;
    }

    private static String checksumOf(Model catalogue) {
        return catalogue.listObjectsOfProperty(it.cciaa.organigramma.vocabulary.Vocabularies.spdxChecksumValue)
                .mapWith(node -> node.asLiteral().getLexicalForm()).nextOptional()
                .orElseThrow(() -> new IllegalStateException("the import wrote no checksum of its document"));
    }

    private List<CatalogueEdition> publishedEditions(DatasetGraph store, Node catalogueGraph) {
        List<CatalogueEdition> editions = new ArrayList<>();
        var rows = QueryRunner.select(publishedEditions, DatasetFactory.wrap(store),
                Map.of("catalogueGraph", catalogueGraph));
        while (rows.hasNext()) {
            Binding row = rows.next();
            editions.add(new CatalogueEdition(row.get("edition").getURI(), text(row.get("modified")),
                    text(row.get("checksum"))));
        }
        return editions;
    }

    private static Optional<String> text(Node node) {
        if (node == null) {
            return Optional.empty();
        }
        return Optional.of(node.isURI() ? node.getURI() : node.getLiteralLexicalForm());
    }

    /**
     * The new edition as the store will hold it for validation: its graphs, with the store's process map, laws and
     * vocabularies merged in (the store's other editions are left out: their units share IRIs with this one's).
     */
    private static Dataset withStoreReferenceGraphs(Dataset edition, DatasetGraph store, Iris iris) {
        Dataset candidate = DatasetFactory.create();
        for (Iterator<String> names = edition.listNames(); names.hasNext(); ) {
            String name = names.next();
            candidate.addNamedModel(name, ModelFactory.createDefaultModel().add(edition.getNamedModel(name)));
        }
        Txn.executeRead(store, () -> {
            for (String name : List.of(iris.mapGraph(), iris.lawGraph(), iris.vocabularyGraph())) {
                Graph stored = store.getGraph(NodeFactory.createURI(name));
                Graph merged = candidate.getNamedModel(name).getGraph();
                stored.find().forEachRemaining(merged::add);
            }
        });
        return candidate;
    }

    /** The SHACL report, stamped with when it was made. */
    private static Model reportOf(Validation validation) {
        Model report = ModelFactory.createDefaultModel().add(validation.report());
        Resource reportType = report.createResource(SH + "ValidationReport");
        for (Resource node : report.listSubjectsWithProperty(RDF.type, reportType).toList()) {
            node.addLiteral(DCTerms.created, report.createTypedLiteral(Instant.now().toString(),
                    XSDDatatype.XSDdateTime));
        }
        return report;
    }

    /** The whole publication, inside the caller's write transaction. */
    private static void write(DatasetGraph store, Dataset edition, Imported imported, Model report, String reportGraph,
            Optional<CatalogueEdition> previous, Optional<CatalogueEdition> next) {
        Iris iris = imported.iris();
        replace(store, imported.editionGraph(), edition.getNamedModel(imported.editionGraph()).getGraph());
        for (String name : List.of(iris.mapGraph(), iris.lawGraph(), iris.vocabularyGraph())) {
            merge(store, name, edition.getNamedModel(name).getGraph());
        }
        BaseRewriter rewriter = new BaseRewriter(iris.base());
        replace(store, iris.ontologyGraph(),
                rewriter.rewrite(ProjectResources.turtle("ontology/organigramma.ttl")).getGraph());
        replace(store, iris.base() + "/graph/shapes",
                rewriter.rewrite(ProjectResources.turtle(ProjectResources.list("shapes", "*.ttl"))).getGraph());
        replace(store, reportGraph, report.getGraph());

        Node catalogueGraph = NodeFactory.createURI(iris.catalogueGraph());
        Node catalogue = NodeFactory.createURI(iris.catalogue());
        Node newEdition = NodeFactory.createURI(imported.edition());
        merge(store, iris.catalogueGraph(), edition.getNamedModel(iris.catalogueGraph()).getGraph());
        store.deleteAny(catalogueGraph, catalogue, MODIFIED, Node.ANY);
        store.add(catalogueGraph, catalogue, MODIFIED,
                NodeFactory.createLiteralDT(Instant.now().toString(), XSDDatatype.XSDdateTime));
        previous.ifPresent(before -> store.add(catalogueGraph, newEdition, PREVIOUS_VERSION,
                NodeFactory.createURI(before.edition())));
        next.ifPresent(after -> {
            Node later = NodeFactory.createURI(after.edition());
            store.deleteAny(catalogueGraph, later, PREVIOUS_VERSION, Node.ANY);
            store.add(catalogueGraph, later, PREVIOUS_VERSION, newEdition);
        });
    }

    private static void replace(DatasetGraph store, String graph, Graph content) {
        store.deleteAny(NodeFactory.createURI(graph), Node.ANY, Node.ANY, Node.ANY);
        merge(store, graph, content);
    }

    private static void merge(DatasetGraph store, String graph, Graph content) {
        Node name = NodeFactory.createURI(graph);
        for (Iterator<Triple> triples = content.find(); triples.hasNext(); ) {
            store.add(Quad.create(name, triples.next()));
        }
    }

    /** Opens the database; another process holding it (a running service) is refused with what to do instead. */
    private static DatasetGraph connect(Path database) throws PublishRefused {
        try {
            return DatabaseMgr.connectDatasetGraph(database.toString());
        } catch (DBOpEnvException e) {
            if (e instanceof AlreadyLocked || String.valueOf(e.getMessage()).contains("lock")) {
                throw new PublishRefused("the database at " + database + " is in use by a running service: stop "
                        + "it, then publish again");
            }
            throw e;
        }
    }
}
