package it.cciaa.organigramma.publication;

import it.cciaa.organigramma.ingest.AllegatoFormatException;
import it.cciaa.organigramma.ingest.AllegatoImporter;
import it.cciaa.organigramma.ingest.AllegatoImporter.ImportOptions;
import it.cciaa.organigramma.ingest.AllegatoImporter.Imported;
import it.cciaa.organigramma.iri.EditionIris;
import it.cciaa.organigramma.iri.ProcessMapIris;
import it.cciaa.organigramma.iri.ServiceIris;
import it.cciaa.organigramma.store.BaseRewriter;
import it.cciaa.organigramma.vocabulary.Vocabularies;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.SKOS;

/**
 * An edition on its way to the store: an Allegato C imported in memory, every IRI on the configured base, not yet
 * validated against the store and not yet written.
 *
 * @param dataset the edition graph, the process map, laws and vocabularies it uses, and its catalogue entry
 * @param iris the IRIs of the edition (its chamber, and its key: its date, or {@code sha256-…} for an undated one)
 * @param processMap the IRIs of the process-map revision the edition follows
 * @param editionDate the date of the act that approved it, when given
 * @param checksum the SHA-256 of the document, as the catalogue records it
 */
public record EditionCandidate(Dataset dataset, EditionIris iris, ProcessMapIris processMap,
        Optional<LocalDate> editionDate, String checksum) {

    /** Imports a document; a document that is not an Allegato C is refused with its line. */
    public static EditionCandidate fromDocument(byte[] document, String sourceName, ImportOptions options)
            throws AllegatoFormatException {
        Imported imported = new AllegatoImporter(options).importDocument(document, sourceName);
        BaseRewriter rewriter = new BaseRewriter(options.base());
        Dataset dataset = DatasetFactory.create();
        for (Iterator<String> names = imported.dataset().listNames(); names.hasNext(); ) {
            String name = names.next();
            dataset.addNamedModel(name, rewriter.rewrite(imported.dataset().getNamedModel(name)));
        }
        return new EditionCandidate(dataset, imported.chamber().inEdition(imported.editionKey()),
                imported.processMap(), options.editionDate(),
                checksumOf(dataset.getNamedModel(imported.chamber().service().catalogueGraph())));
    }

    /** The IRIs of the service the edition is published in. */
    public ServiceIris service() {
        return processMap.service();
    }

    /** The edition's name: its date, or {@code sha256-…} for an undated one. */
    public String editionKey() {
        return iris.key();
    }

    /**
     * This candidate with the process map's labels of the store: the map is national, shared by every chamber's
     * editions, and a concept's label is the one first published. Where this document words a concept the store
     * already labels otherwise (another chamber's document, or a wording that moved with an activity), the candidate
     * drops its own label for the store's, rather than giving the concept two; its competences keep the label as
     * written, and validation reports the difference as a Warning.
     */
    public EditionCandidate withMapLabelsOf(Graph storedMap) {
        Model map = dataset.getNamedModel(processMap.graph());
        List<Statement> relabelled = map.listStatements(null, SKOS.prefLabel, (RDFNode) null).filterKeep(label ->
                storedMap.find(label.getSubject().asNode(), SKOS.prefLabel.asNode(), Node.ANY).toList().stream()
                        .anyMatch(stored -> stored.getObject().isLiteral()
                                && stored.getObject().getLiteralLanguage().equals(label.getLanguage())
                                && !stored.getObject().equals(label.getObject().asNode()))).toList();
        if (relabelled.isEmpty()) {
            return this;
        }
        Dataset copy = DatasetFactory.create();
        for (Iterator<String> names = dataset.listNames(); names.hasNext(); ) {
            String name = names.next();
            copy.addNamedModel(name, ModelFactory.createDefaultModel().add(dataset.getNamedModel(name)));
        }
        copy.getNamedModel(processMap.graph()).remove(relabelled);
        return new EditionCandidate(copy, iris, processMap, editionDate, checksum);
    }

    /** The edition dataset of the catalogue. */
    public String edition() {
        return iris.dataset();
    }

    public String editionGraph() {
        return iris.graph();
    }

    /** The named graph that keeps the validation report the edition passed. */
    public String reportGraph() {
        return iris.reportGraph();
    }

    private static String checksumOf(Model catalogue) {
        return catalogue.listObjectsOfProperty(Vocabularies.spdxChecksumValue)
                .mapWith(node -> node.asLiteral().getLexicalForm()).nextOptional()
                .orElseThrow(() -> new IllegalStateException("the import wrote no checksum of its document"));
    }
}
