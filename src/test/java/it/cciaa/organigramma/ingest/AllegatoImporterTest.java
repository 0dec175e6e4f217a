package it.cciaa.organigramma.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cciaa.organigramma.ingest.AllegatoImporter.ImportOptions;
import it.cciaa.organigramma.ingest.AllegatoImporter.Imported;
import it.cciaa.organigramma.project.ProjectResources;
import it.cciaa.organigramma.vocabulary.OKG;
import it.cciaa.organigramma.vocabulary.Vocabularies;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

class AllegatoImporterTest {
    private static final byte[] FOGGIA = ProjectResources.bytes(ProjectResources.FOGGIA_DOCUMENT);

    private static Imported importFoggia(Optional<LocalDate> date) throws AllegatoFormatException {
        return new AllegatoImporter(ImportOptions.defaults().withEditionDate(date)).importDocument(FOGGIA, "foggia.txt");
    }

    @Test
    void givesIsomorphicDatasetsForTheSameDocumentAndTheyRoundTripThroughTrig() throws Exception {
        Dataset first = importFoggia(Optional.empty()).dataset();
        Dataset second = importFoggia(Optional.empty()).dataset();
        assertThat(IsoMatcher.isomorphic(first.asDatasetGraph(), second.asDatasetGraph())).isTrue();

        ByteArrayOutputStream trig = new ByteArrayOutputStream();
        RDFDataMgr.write(trig, first, RDFFormat.TRIG_BLOCKS);
        Dataset parsed = DatasetFactory.create();
        RDFDataMgr.read(parsed, new ByteArrayInputStream(trig.toByteArray()), Lang.TRIG);
        assertThat(IsoMatcher.isomorphic(first.asDatasetGraph(), parsed.asDatasetGraph())).isTrue();
    }

    @Test
    void namesTheEditionByItsDateOrByTheDocumentChecksum() throws AllegatoFormatException {
        Imported undated = importFoggia(Optional.empty());
        assertThat(undated.editionKey()).matches("sha256-[0-9a-f]{12}");
        Imported dated = importFoggia(Optional.of(LocalDate.of(2025, 3, 1)));
        assertThat(dated.editionKey()).isEqualTo("2025-03-01");
        assertThat(dated.editionGraph())
                .isEqualTo("https://w3id.org/organigramma-kg/graph/organigramma/cciaa-di-foggia/2025-03-01");
        List<String> names = new java.util.ArrayList<>();
        dated.dataset().listNames().forEachRemaining(names::add);
        assertThat(names).containsExactlyInAnyOrder(
                dated.editionGraph(),
                "https://w3id.org/organigramma-kg/graph/mappa-processi/2024",
                "https://w3id.org/organigramma-kg/graph/norme",
                "https://w3id.org/organigramma-kg/graph/vocabolari",
                "https://w3id.org/organigramma-kg/graph/catalogo");
    }

    @Test
    void buildsTheProcessMapFromTheCodesWithEveryParentPresent() throws AllegatoFormatException {
        Imported imported = importFoggia(Optional.empty());
        Model map = imported.dataset().getNamedModel(imported.processMap().graph());
        List<Resource> concepts = map.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList();
        assertThat(concepts).hasSize(16 + 44 + 123 + 246);
        for (Resource concept : concepts) {
            assertThat(concept.listProperties(SKOS.prefLabel).toList()).as(concept.getURI()).hasSize(1);
            Resource broader = concept.getPropertyResourceValue(SKOS.broader);
            if (broader != null) {
                assertThat(map.contains(broader, RDF.type, SKOS.Concept)).as(concept + " broader").isTrue();
                assertThat(concept.getURI()).startsWith(broader.getURI() + ".");
            }
        }
        Resource a1 = map.getResource(imported.processMap().concept("A1"));
        assertThat(a1.getProperty(SKOS.prefLabel).getString()).isEqualTo("PERFORMANCE MANAGEMENT, COMPLIANCE E ORGANIZZAZIONE");
        assertThat(a1.listProperties(SKOS.hiddenLabel).mapWith(s -> s.getString()).toList())
                .containsExactly("PIANIFICAZIONE, MONITORAGGIO E CONTROLLO DELL'ENTE");
        assertThat(a1.getPropertyResourceValue(SKOS.broadMatch).getURI()).endsWith("/funzioni-istituzionali/A");
    }

    @Test
    void linksUnitsToTheirParentAndToTheChamber() throws AllegatoFormatException {
        Imported imported = importFoggia(Optional.empty());
        Model edition = imported.dataset().getNamedModel(imported.editionGraph());
        Resource office = edition.getResource(imported.chamber().unit("ufficio-2-3"));
        assertThat(office.getPropertyResourceValue(ORG.subOrganizationOf).getURI())
                .isEqualTo(imported.chamber().unit("servizio-ii"));
        assertThat(office.getPropertyResourceValue(ORG.unitOf).getURI()).isEqualTo(imported.chamber().iri());
        assertThat(edition.listSubjectsWithProperty(RDF.type, OKG.Competence).toList()).hasSize(295);
        assertThat(edition.listSubjectsWithProperty(RDF.type, OKG.ProcessDeclaration).toList()).hasSize(236);
        assertThat(edition.contains(office, ORG.purpose, edition.getResource(imported.processMap().concept("B2.1")))).isTrue();
    }

    @Test
    void givesTheChamberItsSlugItsCovCategoryAndItsIpaCodeOnlyWhereKnown() throws AllegatoFormatException {
        Imported unknown = importFoggia(Optional.empty());
        Resource chamber = unknown.dataset().getNamedModel(unknown.editionGraph())
                .getResource(unknown.chamber().iri());
        assertThat(chamber.getProperty(DCTerms.identifier).getString()).isEqualTo("cciaa-di-foggia");
        assertThat(chamber.getPropertyResourceValue(Vocabularies.covHasCategory))
                .isEqualTo(Vocabularies.covChamberCategory);
        assertThat(chamber.hasProperty(Vocabularies.covIpaCode)).isFalse();

        Imported known = new AllegatoImporter(ImportOptions.defaults()
                .withIpaCodes(ImportOptions.parseIpaCodes("cciaa-di-bari=cciaa_ba, cciaa-di-foggia=cciaa_xx")))
                .importDocument(FOGGIA, "foggia.txt");
        Model edition = known.dataset().getNamedModel(known.editionGraph());
        assertThat(edition.listObjectsOfProperty(Vocabularies.covIpaCode).toList())
                .extracting(code -> code.asLiteral().getString()).containsExactly("cciaa_xx");
    }

    @Test
    void refusesIpaCodesThatAreNotSlugEqualsCode() {
        assertThat(ImportOptions.parseIpaCodes(" ")).isEmpty();
        for (String wrong : List.of("cciaa-di-foggia", "cciaa-di-foggia=", "=cciaa_fg", "Foggia=cciaa_fg",
                "cciaa-di-foggia=cciaa fg", "cciaa-di-foggia=a=b")) {
            assertThatThrownBy(() -> ImportOptions.parseIpaCodes(wrong)).as(wrong)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("«" + wrong + "»");
        }
        assertThatThrownBy(() -> ImportOptions.parseIpaCodes("cciaa-di-foggia=a,cciaa-di-foggia=b"))
                .hasMessage("IPA code given twice for cciaa-di-foggia");
    }

    @Test
    void linksConceptsToTheLawsTheirLabelsCite() throws AllegatoFormatException {
        Imported imported = importFoggia(Optional.empty());
        Model map = imported.dataset().getNamedModel(imported.processMap().graph());
        Resource sanctions = map.getResource(imported.processMap().concept("C2.4.1"));
        assertThat(sanctions.getPropertyResourceValue(
                map.createProperty("http://data.europa.eu/m8g/hasLegalResource")).getURI())
                .isEqualTo("https://w3id.org/organigramma-kg/data/norma/stato-legge-1981-11-24-689");
        Model laws = imported.dataset().getNamedModel(imported.chamber().service().lawGraph());
        assertThat(laws.contains(laws.getResource("http://data.europa.eu/eli/reg/2016/679/oj"), RDF.type)).isTrue();
    }
}
