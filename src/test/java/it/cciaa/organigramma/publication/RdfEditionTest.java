package it.cciaa.organigramma.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cciaa.organigramma.edition.ChangedFoggiaDocument;
import it.cciaa.organigramma.ingest.AllegatoImporter;
import it.cciaa.organigramma.ingest.AllegatoImporter.ImportOptions;
import it.cciaa.organigramma.iri.ServiceIris;
import it.cciaa.organigramma.publication.RdfEdition.RdfEditionException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An edition submitted as RDF: the graphs {@code import} writes, and nothing else. */
class RdfEditionTest {
    private static final String BASE = ServiceIris.DEFAULT_BASE;
    private static final ServiceIris SERVICE = new ServiceIris(BASE);
    private static final ImportOptions OPTIONS = new ImportOptions(BASE, "2024",
            Optional.of(LocalDate.parse("2025-01-01")));
    private static Dataset imported;
    private static EditionCandidate fromText;

    @BeforeAll
    static void importFoggia() throws Exception {
        imported = new AllegatoImporter(OPTIONS).importDocument(ChangedFoggiaDocument.original(), "allegato-c.txt")
                .dataset();
        fromText = EditionCandidate.fromDocument(ChangedFoggiaDocument.original(), "allegato-c.txt", OPTIONS);
    }

    private static byte[] trig(Dataset dataset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, dataset, Lang.TRIG);
        return out.toByteArray();
    }

    @Test
    void theTrigThatImportWritesIsTheSameEditionAsTheDocument() throws Exception {
        EditionCandidate fromRdf = RdfEdition.parse(trig(imported), Lang.TRIG, SERVICE);

        assertThat(fromRdf.editionKey()).isEqualTo("2025-01-01");
        assertThat(fromRdf.editionDate()).contains(LocalDate.parse("2025-01-01"));
        assertThat(fromRdf.checksum()).isEqualTo(fromText.checksum());
        assertThat(fromRdf.iris()).isEqualTo(fromText.iris());
        assertThat(fromRdf.dataset().getNamedModel(fromRdf.editionGraph()).size())
                .isEqualTo(fromText.dataset().getNamedModel(fromText.editionGraph()).size());
    }

    @Test
    void malformedRdfIsRefusedWithItsLine() {
        byte[] broken = (new String(trig(imported), StandardCharsets.UTF_8) + "\n<a> <b> \"unterminated .\n")
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> RdfEdition.parse(broken, Lang.TRIG, SERVICE))
                .isInstanceOf(RdfEditionException.class).hasMessageContaining("line");
    }

    @Test
    void aGraphThatIsNotPartOfAnEditionIsRefused() {
        Dataset withShapes = copy();
        withShapes.getNamedModel(BASE + "/graph/shapes").add(withShapes.getNamedModel(BASE + "/graph/norme"));

        assertThatThrownBy(() -> RdfEdition.parse(trig(withShapes), Lang.TRIG, SERVICE))
                .isInstanceOf(RdfEditionException.class).hasMessageContaining(BASE + "/graph/shapes");
    }

    @Test
    void triplesInTheDefaultGraphAreRefused() {
        Dataset withDefault = copy();
        withDefault.getDefaultModel().add(withDefault.getNamedModel(BASE + "/graph/norme"));

        assertThatThrownBy(() -> RdfEdition.parse(trig(withDefault), Lang.TRIG, SERVICE))
                .isInstanceOf(RdfEditionException.class).hasMessageContaining("default");
    }

    @Test
    void twoEditionGraphsAreRefused() {
        Dataset two = copy();
        two.getNamedModel(BASE + "/graph/organigramma/cciaa-di-foggia/2026-01-01")
                .add(two.getNamedModel(BASE + "/graph/organigramma/cciaa-di-foggia/2025-01-01"));

        assertThatThrownBy(() -> RdfEdition.parse(trig(two), Lang.TRIG, SERVICE))
                .isInstanceOf(RdfEditionException.class).hasMessageContaining("trovati 2");
    }

    @Test
    void aCatalogueThatDescribesMoreThanItsOwnEditionIsRefused() {
        Dataset modified = copy();
        var catalogue = modified.getNamedModel(BASE + "/graph/catalogo");
        catalogue.add(catalogue.createResource(BASE + "/data/catalogo"), DCTerms.modified, "2020-01-01");
        Dataset chained = copy();
        var other = chained.getNamedModel(BASE + "/graph/catalogo");
        other.add(other.createResource(BASE + "/data/dataset/organigramma/cciaa-di-foggia/2024-01-01"),
                other.createProperty("http://www.w3.org/ns/dcat#previousVersion"),
                other.createResource(BASE + "/data/dataset/organigramma/cciaa-di-foggia/2025-01-01"));

        assertThatThrownBy(() -> RdfEdition.parse(trig(modified), Lang.TRIG, SERVICE))
                .isInstanceOf(RdfEditionException.class).hasMessageContaining("il catalogo stesso");
        assertThatThrownBy(() -> RdfEdition.parse(trig(chained), Lang.TRIG, SERVICE))
                .isInstanceOf(RdfEditionException.class).hasMessageContaining("2024-01-01");
    }

    @Test
    void theEditionGraphIsNamedByTheEditionsDate() {
        Dataset renamed = org.apache.jena.query.DatasetFactory.create();
        imported.listNames().forEachRemaining(name -> renamed.addNamedModel(
                name.replace("/cciaa-di-foggia/2025-01-01", "/cciaa-di-foggia/2027-01-01"),
                imported.getNamedModel(name)));

        assertThatThrownBy(() -> RdfEdition.parse(trig(renamed), Lang.TRIG, SERVICE))
                .isInstanceOf(RdfEditionException.class).hasMessageContaining("2025-01-01");
    }

    @Test
    void aDateThatIsNoLiteralAndRelativeGraphNamesAreRefusedWithoutTellingWhereTheServerRuns() {
        Dataset iriDate = copy();
        var catalogue = iriDate.getNamedModel(BASE + "/graph/catalogo");
        var entry = catalogue.createResource(BASE + "/data/dataset/organigramma/cciaa-di-foggia/2025-01-01");
        entry.removeAll(DCTerms.modified).addProperty(DCTerms.modified, catalogue.createResource("urn:x:date"));
        byte[] relative = "<rel> { <a> <b> <c> }\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> RdfEdition.parse(trig(iriDate), Lang.TRIG, SERVICE))
                .isInstanceOf(RdfEditionException.class).hasMessageContaining("dct:modified");
        assertThatThrownBy(() -> RdfEdition.parse(relative, Lang.TRIG, SERVICE))
                .isInstanceOf(RdfEditionException.class).hasMessageNotContaining("file:");
    }

    private static Dataset copy() {
        Dataset copy = org.apache.jena.query.DatasetFactory.create();
        imported.listNames().forEachRemaining(name -> copy.addNamedModel(name,
                org.apache.jena.rdf.model.ModelFactory.createDefaultModel().add(imported.getNamedModel(name))));
        return copy;
    }
}
