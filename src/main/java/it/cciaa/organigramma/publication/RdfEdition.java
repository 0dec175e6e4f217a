package it.cciaa.organigramma.publication;

import it.cciaa.organigramma.iri.EditionIris;
import it.cciaa.organigramma.iri.ProcessMapIris;
import it.cciaa.organigramma.iri.ServiceIris;
import it.cciaa.organigramma.store.BaseRewriter;
import it.cciaa.organigramma.vocabulary.Vocabularies;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.vocabulary.DCTerms;

/**
 * An edition submitted as RDF (TriG or N-Quads, as {@code import} writes it) instead of an Allegato C: exactly one
 * edition graph, with the process map, laws, vocabularies and catalogue graphs it comes with, and nothing else. The
 * catalogue must describe the edition and the checksum of its source document, which recognises a document already
 * published whatever form it came in.
 */
final class RdfEdition {
    /** RDF that cannot be an edition; the message says what is wrong and where. */
    static final class RdfEditionException extends Exception {
        RdfEditionException(String message) {
            super(message);
        }
    }

    private RdfEdition() {}

    static EditionCandidate parse(byte[] bytes, Lang lang, ServiceIris service) throws RdfEditionException {
        Dataset parsed = DatasetFactory.create();
        try {
            // Relative IRIs resolve against the service's base, never against the server's working directory.
            RDFParser.source(new ByteArrayInputStream(bytes)).lang(lang).base(service.uriSpace())
                    .parse(parsed.asDatasetGraph());
        } catch (RiotException e) {
            throw new RdfEditionException("RDF " + lang.getLabel() + " non valido: " + e.getMessage() + " / RDF "
                    + lang.getLabel() + " not valid: " + e.getMessage());
        }
        if (parsed.asDatasetGraph().listGraphNodes().hasNext()) {
            for (var names = parsed.asDatasetGraph().listGraphNodes(); names.hasNext(); ) {
                if (!names.next().isURI()) {
                    throw new RdfEditionException("un grafo ha per nome un nodo anonimo: i grafi di un'edizione hanno "
                            + "un IRI / a graph is named by a blank node: an edition's graphs have IRIs");
                }
            }
        }
        BaseRewriter rewriter = new BaseRewriter(service.base());
        Dataset dataset = DatasetFactory.create();
        for (Iterator<String> names = parsed.listNames(); names.hasNext(); ) {
            String name = names.next();
            dataset.addNamedModel(rewriter.rewrite(name), rewriter.rewrite(parsed.getNamedModel(name)));
        }
        if (!parsed.getDefaultModel().isEmpty()) {
            throw new RdfEditionException("il grafo di default non è vuoto: ogni tripla sta in un grafo con nome / the "
                    + "default graph is not empty: every triple belongs to a named graph");
        }
        List<EditionIris> editionGraphs = new ArrayList<>();
        Optional<ProcessMapIris> processMap = Optional.empty();
        for (Iterator<String> names = dataset.listNames(); names.hasNext(); ) {
            String name = names.next();
            if (!service.isGraph(name)) {
                throw new RdfEditionException("grafo " + name + " fuori dalla base " + service.base()
                        + " / graph outside the base");
            }
            Optional<EditionIris> edition = service.editionOfGraph(name);
            Optional<ProcessMapIris> map = service.processMapOfGraph(name);
            if (edition.isPresent()) {
                editionGraphs.add(edition.get());
            } else if (map.isPresent()) {
                processMap = map;
            } else if (!service.isSharedGraph(name)) {
                throw new RdfEditionException("grafo " + name + " non ammesso in un'edizione (ammessi: l'edizione, la "
                        + "mappa dei processi, norme, vocabolari, catalogo) / graph not allowed in an edition");
            }
        }
        if (editionGraphs.size() != 1) {
            throw new RdfEditionException("servono esattamente un grafo d'edizione (…/graph/organigramma/{ente}/"
                    + "{edizione}), trovati " + editionGraphs.size() + " / exactly one edition graph expected, found "
                    + editionGraphs.size());
        }
        EditionIris iris = editionGraphs.getFirst();
        ProcessMapIris map = processMap.orElseThrow(() -> new RdfEditionException(
                "manca il grafo della mappa dei processi (…/graph/mappa-processi/{revisione}) / the process-map graph "
                        + "is missing"));
        String key = iris.key();
        Model catalogue = dataset.getNamedModel(service.catalogueGraph());
        CatalogueEntry.check(catalogue, iris);
        Resource entry = catalogue.getResource(iris.dataset());
        if (!entry.listProperties().hasNext()) {
            throw new RdfEditionException("il catalogo (" + service.catalogueGraph() + ") non descrive l'edizione "
                    + iris.dataset() + " / the catalogue does not describe the edition");
        }
        List<RDFNode> checksums = catalogue.listObjectsOfProperty(Vocabularies.spdxChecksumValue).toList();
        if (checksums.size() != 1 || !checksums.getFirst().isLiteral()) {
            throw new RdfEditionException("il catalogo deve dare un solo checksum SHA-256 (un letterale) del "
                    + "documento d'origine (spdx:checksumValue), come lo scrive il comando import / the catalogue "
                    + "must give exactly one literal checksum of the source document");
        }
        String checksum = checksums.getFirst().asLiteral().getLexicalForm();
        Optional<LocalDate> date = Optional.empty();
        List<RDFNode> modified = catalogue.listObjectsOfProperty(entry, DCTerms.modified).toList();
        if (modified.size() > 1 || (modified.size() == 1 && !modified.getFirst().isLiteral())) {
            throw new RdfEditionException("l'edizione ha al più una data dct:modified, un letterale xsd:date / the "
                    + "edition has at most one dct:modified, an xsd:date literal");
        }
        if (modified.size() == 1) {
            String day = modified.getFirst().asLiteral().getLexicalForm();
            try {
                date = Optional.of(LocalDate.parse(day));
            } catch (DateTimeParseException e) {
                throw new RdfEditionException("dct:modified dell'edizione: «" + day + "» non è una data / not a date");
            }
        }
        String expectedKey = date.map(LocalDate::toString)
                .orElse("sha256-" + checksum.substring(0, Math.min(12, checksum.length())));
        if (!key.equals(expectedKey)) {
            throw new RdfEditionException("il grafo dell'edizione si chiama «" + key + "» ma l'edizione va chiamata «"
                    + expectedKey + "» (la sua data, o sha256- e l'inizio del checksum se non è datata) / the edition "
                    + "graph's name must be the edition's date (or its checksum key)");
        }
        return new EditionCandidate(dataset, iris, map, date, checksum);
    }
}
