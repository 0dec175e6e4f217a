package it.cciaa.organigramma.edition;

import static org.assertj.core.api.Assertions.assertThat;

import it.cciaa.organigramma.ingest.AllegatoImporter;
import it.cciaa.organigramma.ingest.AllegatoImporter.ImportOptions;
import it.cciaa.organigramma.ingest.AllegatoImporter.Imported;
import it.cciaa.organigramma.ingest.Qualifier;
import it.cciaa.organigramma.iri.ChamberIris;
import it.cciaa.organigramma.iri.ProcessMapIris;
import it.cciaa.organigramma.iri.ServiceIris;
import it.cciaa.organigramma.query.NamedQueries;
import it.cciaa.organigramma.vocabulary.OKG;
import it.cciaa.organigramma.vocabulary.Vocabularies;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The RDF of the differences between Foggia 2025-01-01 and its changed copy of 2026-01-01
 * ({@link ChangedFoggiaDocument}): exactly the five edits of the copy, as ORG change events and PROV activities.
 */
class EditionDiffRdfTest {
    private static final String DIFF = "https://w3id.org/organigramma-kg/edizioni/differenze?da=2025-01-01&a=2026-01-01";

    private static ServiceIris service;
    private static ChamberIris chamber;
    private static ProcessMapIris processMap;
    private static Imported old;
    private static Imported changed;
    private static EditionDiffQueries queries;
    private static Model rdf;
    private static Resource diff;

    @BeforeAll
    static void compareTheTwoEditions() throws Exception {
        old = importEdition(ChangedFoggiaDocument.original(), "2025-01-01");
        changed = importEdition(ChangedFoggiaDocument.changed(), "2026-01-01");
        Dataset both = DatasetFactory.createGeneral();
        for (Imported imported : List.of(old, changed)) {
            imported.dataset().listNames().forEachRemaining(name -> both.getNamedModel(name)
                    .add(imported.dataset().getNamedModel(name)));
        }
        service = old.chamber().service();
        chamber = old.chamber();
        processMap = old.processMap();
        queries = EditionDiffQueries.over(both, NamedQueries.load());
        rdf = EditionDiffRdf.model(queries.diff(old.editionGraph(), changed.editionGraph()), DIFF, old.edition(),
                changed.edition());
        diff = rdf.getResource(DIFF);
    }

    private static Imported importEdition(byte[] document, String date) throws Exception {
        return new AllegatoImporter(ImportOptions.defaults().withEditionDate(Optional.of(LocalDate.parse(date))))
                .importDocument(document, "allegato-c-" + date + ".txt");
    }

    @Test
    void theDiffNamesItsTwoEditions() {
        assertThat(diff.hasProperty(RDF.type, OKG.EditionDiff)).isTrue();
        assertThat(diff.getPropertyResourceValue(OKG.oldEdition).getURI()).isEqualTo(old.edition());
        assertThat(diff.getPropertyResourceValue(OKG.newEdition).getURI()).isEqualTo(changed.edition());
    }

    /** The five edits: one office moved, one renamed, B3.2.1.6 moved between offices, B3.1.1.4 requalified, A1.2.1.4 taken away. */
    @Test
    void namesExactlyTheFiveChangesOfTheChangedDocument() {
        Map<String, Integer> kinds = new TreeMap<>();
        for (Resource change : changes()) {
            change.listProperties(RDF.type).mapWith(s -> s.getResource().getURI())
                    .filterKeep(type -> type.startsWith(OKG.NS))
                    .forEachRemaining(type -> kinds.merge(type.substring(OKG.NS.length()), 1, Integer::sum));
        }
        assertThat(kinds).containsExactlyInAnyOrderEntriesOf(Map.of("UnitMoved", 1, "UnitRenamed", 1,
                "ActivityAssigned", 1, "ActivityWithdrawn", 2, "ActivityRequalified", 1));
    }

    @Test
    void theMovedOfficeIsAnOrgChangeEventFromItsOldUnitAndParentToItsNewOnes() {
        Resource move = single(OKG.UnitMoved);
        assertThat(move.hasProperty(RDF.type, ORG.ChangeEvent)).isTrue();
        assertThat(move.getPropertyResourceValue(ORG.originalOrganization).getURI()).isEqualTo(chamber.unit("ufficio-2-3"));
        assertThat(move.getPropertyResourceValue(ORG.resultingOrganization).getURI()).isEqualTo(chamber.unit("ufficio-3-5"));
        Resource before = move.getPropertyResourceValue(Vocabularies.provInvalidated);
        Resource after = move.getPropertyResourceValue(Vocabularies.provGenerated);
        assertThat(before.getProperty(SKOS.notation).getString()).isEqualTo("2.3");
        assertThat(before.getPropertyResourceValue(ORG.subOrganizationOf).getURI()).isEqualTo(chamber.unit("servizio-ii"));
        assertThat(after.getProperty(SKOS.notation).getString()).isEqualTo("3.5");
        assertThat(after.getPropertyResourceValue(ORG.subOrganizationOf).getURI()).isEqualTo(chamber.unit("servizio-iii"));
        assertThat(after.getProperty(SKOS.prefLabel).getString()).isEqualTo(ChangedFoggiaDocument.OFFICE_2_3_NAME);
    }

    @Test
    void theRenamedOfficeKeepsItsIriAndChangesTheNameOfItsState() {
        Resource renaming = single(OKG.UnitRenamed);
        String office = chamber.unit("ufficio-1-1");
        assertThat(renaming.getPropertyResourceValue(ORG.originalOrganization).getURI()).isEqualTo(office);
        assertThat(renaming.getPropertyResourceValue(ORG.resultingOrganization).getURI()).isEqualTo(office);
        assertThat(renaming.getPropertyResourceValue(Vocabularies.provInvalidated).getProperty(SKOS.prefLabel)
                .getString()).isEqualTo(ChangedFoggiaDocument.OFFICE_1_1_OLD_NAME);
        assertThat(renaming.getPropertyResourceValue(Vocabularies.provGenerated).getProperty(SKOS.prefLabel)
                .getString()).isEqualTo(ChangedFoggiaDocument.OFFICE_1_1_NEW_NAME);
    }

    @Test
    void activitiesAreCompetencesGeneratedOrInvalidated() {
        assertThat(competences(OKG.ActivityAssigned, Vocabularies.provGenerated))
                .containsExactly("ufficio-2-2 B3.2.1.6");
        assertThat(competences(OKG.ActivityWithdrawn, Vocabularies.provInvalidated))
                .containsExactlyInAnyOrder("ufficio-2-1 B3.2.1.6", "ufficio-3-2 A1.2.1.4");
        Resource requalification = single(OKG.ActivityRequalified);
        Resource before = requalification.getPropertyResourceValue(Vocabularies.provInvalidated);
        Resource after = requalification.getPropertyResourceValue(Vocabularies.provGenerated);
        assertThat(before.getPropertyResourceValue(OKG.qualifier).getURI())
                .isEqualTo(service.qualifier(Qualifier.FRONT_OFFICE.slug()));
        assertThat(before.getProperty(OKG.markerAsWritten).getString()).isEqualTo("**");
        assertThat(after.getPropertyResourceValue(OKG.qualifier).getURI())
                .isEqualTo(service.qualifier(Qualifier.PER_QUANTO_DI_COMPETENZA.slug()));
        assertThat(after.getProperty(OKG.markerAsWritten).getString()).isEqualTo("*");
        assertThat(after.getPropertyResourceValue(OKG.activity).getURI()).isEqualTo(processMap.concept("B3.1.1.4"));
    }

    @Test
    void anEditionComparedWithItselfIsAnEmptyDiffAlsoInRdf() {
        String self = "https://w3id.org/organigramma-kg/edizioni/differenze?da=2025-01-01&a=2025-01-01";
        Model empty = EditionDiffRdf.model(queries.diff(old.editionGraph(), old.editionGraph()), self, old.edition(),
                old.edition());
        Model parsed = turtleRoundTrip(empty);
        assertThat(parsed.size()).isEqualTo(3); // its type and its two editions, both the same
        assertThat(parsed.listObjectsOfProperty(parsed.getResource(self), DCTerms.hasPart).toList()).isEmpty();
        assertThat(parsed.getResource(self).getPropertyResourceValue(OKG.newEdition).getURI()).isEqualTo(old.edition());
    }

    @Test
    void theTurtleParsesBackToTheSameGraph() {
        assertThat(turtleRoundTrip(rdf).isIsomorphicWith(rdf)).isTrue();
    }

    private static Model turtleRoundTrip(Model model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, model, Lang.TURTLE);
        Model parsed = ModelFactory.createDefaultModel();
        RDFDataMgr.read(parsed, new StringReader(out.toString(StandardCharsets.UTF_8)), null, Lang.TURTLE);
        return parsed;
    }

    private static List<Resource> changes() {
        return diff.listProperties(DCTerms.hasPart).mapWith(s -> s.getResource()).toList();
    }

    private static Resource single(Resource kind) {
        List<Resource> ofKind = changes().stream().filter(c -> c.hasProperty(RDF.type, kind)).toList();
        assertThat(ofKind).as(kind.getLocalName()).hasSize(1);
        return ofKind.getFirst();
    }

    /** "unit-slug notation" of the competence each change of a kind generates or invalidates. */
    private static List<String> competences(Resource kind, Property link) {
        return changes().stream().filter(c -> c.hasProperty(RDF.type, kind))
                .map(c -> c.getPropertyResourceValue(link))
                .peek(competence -> assertThat(competence.hasProperty(RDF.type, OKG.Competence)).isTrue())
                .map(competence -> slug(competence.getPropertyResourceValue(OKG.unit)) + " "
                        + slug(competence.getPropertyResourceValue(OKG.activity)))
                .toList();
    }

    private static String slug(RDFNode node) {
        String iri = node.asResource().getURI();
        return iri.substring(iri.lastIndexOf('/') + 1);
    }
}
