package it.cciaa.organigramma.publication;

import static org.assertj.core.api.Assertions.assertThat;

import it.cciaa.organigramma.edition.ChangedFoggiaDocument;
import it.cciaa.organigramma.ingest.AllegatoImporter.ImportOptions;
import it.cciaa.organigramma.iri.ServiceIris;
import it.cciaa.organigramma.publication.EditionTarget.CatalogueEdition;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.junit.jupiter.api.Test;

/**
 * The publication travels as SPARQL Update text to the store (embedded Fuseki or external): what the request
 * builds must be valid SPARQL 1.1 Update, whatever the store holds, as the store's parser reads it.
 */
class PublicationUpdateTest {
    private static final String EDITIONS = ServiceIris.DEFAULT_BASE + "/data/dataset/organigramma/cciaa-di-foggia/";

    private static UpdateRequest request(List<Node> observed, boolean neighbours) throws Exception {
        EditionCandidate candidate = EditionCandidate.fromDocument(ChangedFoggiaDocument.changed(), "b.txt",
                new ImportOptions(ServiceIris.DEFAULT_BASE, "2024", Optional.of(LocalDate.parse("2026-01-01"))));
        Optional<CatalogueEdition> previous = neighbours ? Optional.of(new CatalogueEdition(EDITIONS + "2025-01-01",
                Optional.of("2025-01-01"), Optional.of("abc"))) : Optional.empty();
        Optional<CatalogueEdition> next = neighbours ? Optional.of(new CatalogueEdition(EDITIONS + "2027-01-01",
                Optional.of("2027-01-01"), Optional.of("def"))) : Optional.empty();
        return PublicationUpdate.of(candidate, ModelFactory.createDefaultModel(), previous, next, observed,
                Instant.parse("2026-11-26T10:00:00.123Z")).request();
    }

    @Test
    void theRequestIsValidSparqlUpdateForAnEmptyStoreAndForOneThatHoldsEditions() throws Exception {
        Node modified = NodeFactory.createLiteralDT("2025-01-02T08:00:00Z", XSDDatatype.XSDdateTime);
        for (UpdateRequest request : List.of(request(List.of(), false), request(List.of(modified), true))) {
            UpdateRequest parsed = UpdateFactory.create(request.toString());

            assertThat(parsed.getOperations()).hasSameSizeAs(request.getOperations());
        }
    }

    @Test
    void everyOperationIsGuardedByTheCatalogueModificationTimeItRead() throws Exception {
        String text = request(List.of(NodeFactory.createLiteralDT("2025-01-02T08:00:00Z", XSDDatatype.XSDdateTime)),
                true).toString();

        long operations = UpdateFactory.create(text).getOperations().size();
        assertThat(text.split("\"2025-01-02T08:00:00Z\"", -1)).hasSize((int) operations + 1);
    }
}
