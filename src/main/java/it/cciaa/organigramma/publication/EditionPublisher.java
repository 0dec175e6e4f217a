package it.cciaa.organigramma.publication;

import it.cciaa.organigramma.publication.EditionTarget.CatalogueEdition;
import it.cciaa.organigramma.validation.OrganigramValidator;
import it.cciaa.organigramma.validation.OrganigramValidator.Validation;
import java.time.Instant;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * Publishes an edition into a store ({@link EditionTarget}): the edition is validated in memory, with the store's
 * process map, laws and vocabularies, before anything is written; only an edition without SHACL Violations is
 * written, as one SPARQL Update request in one write transaction ({@link PublicationUpdate}), so a reader sees the
 * store before or after, never half of it, and a crash leaves one of the two.
 *
 * <pre>{@code
 * try (LocalEditionTarget store = LocalEditionTarget.open(Path.of("run"))) {
 *     Outcome outcome = new EditionPublisher(store).publish(EditionCandidate.fromDocument(bytes, name, options));
 * }
 * }</pre>
 */
public final class EditionPublisher {
    private static final String SH = "http://www.w3.org/ns/shacl#";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(EditionPublisher.class);

    /** What a publication did. */
    public sealed interface Outcome {}

    /** The edition is in the store: its graphs, the catalogue entry, the validation report and the edition before. */
    public record Published(String editionKey, String edition, String editionGraph, String reportGraph,
            Optional<String> previousEdition, Validation validation) implements Outcome {}

    /** The same document (same SHA-256) is already in the store as {@code edition}: nothing was written. */
    public record AlreadyPublished(String editionKey, String edition) implements Outcome {}

    /** The edition has SHACL Violations: nothing was written. */
    public record Rejected(Validation validation) implements Outcome {}

    /** Why the edition cannot be published; the message is for the person who submitted it. */
    public static final class PublishRefused extends Exception {
        public PublishRefused(String message) {
            super(message);
        }
    }

    private final EditionTarget target;

    public EditionPublisher(EditionTarget target) {
        this.target = target;
    }

    /** Validates the edition as the store would hold it, and writes nothing (a dry run). */
    public Validation validate(EditionCandidate candidate) {
        Map<String, Graph> reference = referenceGraphs(candidate);
        return validate(onStoreMap(candidate, reference), reference);
    }

    private static Validation validate(EditionCandidate candidate, Map<String, Graph> reference) {
        return OrganigramValidator.forBase(candidate.service().base())
                .validate(withReferenceGraphs(candidate, reference));
    }

    /** The store's process map, laws and vocabularies, which a candidate is validated with: read once for it. */
    private Map<String, Graph> referenceGraphs(EditionCandidate candidate) {
        Map<String, Graph> graphs = new LinkedHashMap<>();
        for (String name : List.of(candidate.processMap().graph(), candidate.service().lawGraph(),
                candidate.service().vocabularyGraph())) {
            graphs.put(name, target.graph(name));
        }
        return graphs;
    }

    /** The candidate with the store's labels for the concepts the store's process map already has. */
    private static EditionCandidate onStoreMap(EditionCandidate candidate, Map<String, Graph> reference) {
        return candidate.withMapLabelsOf(reference.get(candidate.processMap().graph()));
    }

    /** The edition of the store made from the same document, if any. */
    public Optional<CatalogueEdition> samePublished(EditionCandidate candidate) {
        return sameDocument(target.editions(candidate.service()), candidate);
    }

    private static Optional<CatalogueEdition> sameDocument(List<CatalogueEdition> editions,
            EditionCandidate candidate) {
        return editions.stream().filter(e -> e.checksum().equals(Optional.of(candidate.checksum()))).findFirst();
    }

    /**
     * Validates and publishes one edition; with Violations it is {@link Rejected} and nothing is written (the first
     * edition of an empty store too). A document already published is recognised by its checksum and changes
     * nothing; a different document for an edition already published is refused.
     */
    public Outcome publish(EditionCandidate submitted) throws PublishRefused {
        // Read first: a write after this point changes it, and the guarded update then writes nothing.
        List<Node> observed = target.catalogueModified(submitted.service());
        Map<String, Graph> reference = referenceGraphs(submitted);
        EditionCandidate candidate = onStoreMap(submitted, reference);
        List<CatalogueEdition> published = target.editions(candidate.service());
        Optional<CatalogueEdition> same = sameDocument(published, candidate);
        if (same.isPresent()) {
            return new AlreadyPublished(same.get().key(), same.get().edition());
        }
        if (published.stream().anyMatch(e -> e.edition().equals(candidate.edition()))) {
            throw new PublishRefused("edition " + candidate.editionKey() + " exists with another document: "
                    + "publish this one with another edition date");
        }
        Validation validation = validate(candidate, reference);
        if (validation.hasViolations()) {
            return new Rejected(validation);
        }
        // The chain of editions is the chamber's own: another chamber's editions are never previous or next.
        String chamberEditions = candidate.iris().chamber().editions();
        List<CatalogueEdition> chamber = published.stream()
                .filter(e -> e.edition().startsWith(chamberEditions)).toList();
        Optional<CatalogueEdition> previous = candidate.editionDate().flatMap(date -> chamber.stream()
                .filter(e -> e.modified().filter(m -> m.compareTo(date.toString()) < 0).isPresent())
                .max(Comparator.comparing(e -> e.modified().orElseThrow())));
        Optional<CatalogueEdition> next = candidate.editionDate().flatMap(date -> chamber.stream()
                .filter(e -> e.modified().filter(m -> m.compareTo(date.toString()) > 0).isPresent())
                .min(Comparator.comparing(e -> e.modified().orElseThrow())));
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS); // what every store keeps
        LOG.info("Writing edition {}", candidate.editionKey());
        target.apply(PublicationUpdate.of(candidate, reportOf(validation, now), previous, next, observed, now));
        boolean written = target.catalogueModified(candidate.service()).stream()
                .filter(Node::isLiteral).anyMatch(value -> sameInstant(value.getLiteralLexicalForm(), now));
        if (!written) {
            throw new PublishRefused("il triple store è cambiato mentre l'edizione veniva validata (un'altra "
                    + "pubblicazione o scrittura): non è stato scritto nulla, ripubblicare / the store changed while "
                    + "the edition was validated: nothing was written, publish again");
        }
        return new Published(candidate.editionKey(), candidate.edition(), candidate.editionGraph(),
                candidate.reportGraph(), previous.map(CatalogueEdition::edition), validation);
    }

    private static boolean sameInstant(String lexical, Instant instant) {
        try {
            return Instant.parse(lexical).equals(instant);
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    /**
     * The new edition as the store will hold it for validation: its graphs, with the store's process map, laws and
     * vocabularies merged in (the store's other editions are left out: their units share IRIs with this one's).
     */
    private static Dataset withReferenceGraphs(EditionCandidate edition, Map<String, Graph> reference) {
        Dataset candidate = DatasetFactory.create();
        for (Iterator<String> names = edition.dataset().listNames(); names.hasNext(); ) {
            String name = names.next();
            candidate.addNamedModel(name, ModelFactory.createDefaultModel().add(edition.dataset().getNamedModel(name)));
        }
        reference.forEach((name, stored) -> {
            Graph merged = candidate.getNamedModel(name).getGraph();
            stored.find().forEachRemaining(merged::add);
        });
        return candidate;
    }

    /** The SHACL report, stamped with when it was made. */
    private static Model reportOf(Validation validation, Instant now) {
        Model report = ModelFactory.createDefaultModel().add(validation.report());
        Resource reportType = report.createResource(SH + "ValidationReport");
        for (Resource node : report.listSubjectsWithProperty(RDF.type, reportType).toList()) {
            node.addLiteral(DCTerms.created, report.createTypedLiteral(now.toString(), XSDDatatype.XSDdateTime));
        }
        return report;
    }
}
