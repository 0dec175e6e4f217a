package it.cciaa.organigramma.validation;

import static org.assertj.core.api.Assertions.assertThat;

import it.cciaa.organigramma.ingest.AllegatoImporter;
import it.cciaa.organigramma.ingest.AllegatoImporter.Imported;
import it.cciaa.organigramma.iri.ServiceIris;
import it.cciaa.organigramma.project.ProjectResources;
import it.cciaa.organigramma.validation.OrganigramValidator.Validation;
import it.cciaa.organigramma.validation.ResultView.Severity;
import it.cciaa.organigramma.vocabulary.OKG;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Validation of the Foggia edition: every recorded anomaly is reported with its line, and no Violation remains. */
class FoggiaValidationTest {
    private static final String SH = "http://www.w3.org/ns/shacl#";
    private static Imported imported;
    private static Validation validation;

    @BeforeAll
    static void importAndValidate() throws Exception {
        imported = new AllegatoImporter(AllegatoImporter.ImportOptions.defaults()
                .withEditionDate(Optional.of(LocalDate.of(2025, 1, 1))))
                .importDocument(ProjectResources.bytes(ProjectResources.FOGGIA_DOCUMENT), "foggia.txt");
        validation = new OrganigramValidator(ShapesLibrary.load()).validate(imported.dataset());
    }

    @Test
    void reportsEveryRecordedAnomalyWithItsSourceLineAndTheImportersMessage() {
        Model edition = imported.dataset().getNamedModel(imported.editionGraph());
        List<Resource> anomalies = edition.listSubjectsWithProperty(RDF.type, OKG.Anomaly).toList();
        assertThat(anomalies).hasSize(imported.document().anomalies().size() + 4); // + 4 unresolved "ex art." laws
        Map<String, ResultView> byFocus = validation.results().stream()
                .filter(r -> r.focusNode().contains("/anomalia/"))
                .collect(Collectors.toMap(ResultView::focusNode, Function.identity()));
        for (Resource anomaly : anomalies) {
            ResultView result = byFocus.get(anomaly.getURI());
            assertThat(result).as(anomaly.getURI()).isNotNull();
            int line = anomaly.getProperty(OKG.lineNumber).getInt();
            assertThat(result.sourceLine()).contains(line);
            assertThat(result.messageIt()).startsWith("Riga " + line + ": ")
                    .contains(anomaly.getProperty(org.apache.jena.vocabulary.RDFS.comment, "it").getString());
            assertThat(result.messageEn()).startsWith("Line " + line + ": ");
            assertThat(result.severity()).isNotEqualTo(Severity.VIOLATION);
        }
    }

    @Test
    void aDatedFoggiaEditionHasNoViolationButTheWarningsACarefulReaderWants() {
        assertThat(validation.hasViolations()).as(validation.results().stream()
                .filter(r -> r.severity() == Severity.VIOLATION).map(ResultView::messageEn).toList().toString()).isFalse();
        Map<String, Long> byShape = validation.results().stream()
                .collect(Collectors.groupingBy(r -> r.shape().substring(r.shape().lastIndexOf('/') + 1),
                        Collectors.counting()));
        assertThat(byShape).containsKeys("Concept_labelVariant", "Concept_labelShared", "Competence_undeclaredProcess",
                "Competence_markerWithoutQualifier", "Summary_processWithoutOffice", "Summary_missingOfficeProcess",
                "Footnote_unused", "Anomaly_malformedCode", "Anomaly_cellInWrongColumn", "Anomaly_wrappedCell",
                "Anomaly_missingSeparator", "Anomaly_functionMisaligned", "Anomaly_lawUnresolved");
        assertThat(byShape.get("Competence_markerWithoutQualifier")).isEqualTo(2L); // the two "*" of Ufficio 3.3
        assertThat(byShape.get("Footnote_unused")).isEqualTo(2L); // 3.2 "**" and 4.1 "**"
    }

    @Test
    void theFoggiaEditionValidatesAlikeUnderAnotherBase() throws Exception {
        String base = "http://127.0.0.1:8080";
        Imported elsewhere = new AllegatoImporter(new AllegatoImporter.ImportOptions(base, "2024",
                Optional.of(LocalDate.of(2025, 1, 1))))
                .importDocument(ProjectResources.bytes(ProjectResources.FOGGIA_DOCUMENT), "foggia.txt");
        Validation there = OrganigramValidator.forBase(base).validate(elsewhere.dataset());

        assertThat(there.count(Severity.VIOLATION)).as(there.results().stream()
                .filter(r -> r.severity() == Severity.VIOLATION).limit(5).map(ResultView::messageEn).toList()
                .toString()).isZero();
        Function<Validation, Map<String, Long>> byShapeAndSeverity = v -> v.results().stream()
                .collect(Collectors.groupingBy(r -> r.shape() + " " + r.severity(), Collectors.counting()));
        assertThat(byShapeAndSeverity.apply(there)).isEqualTo(byShapeAndSeverity.apply(validation));
        assertThat(there.results()).allSatisfy(r -> assertThat(r.focusNode()).startsWith(base + "/"));
    }

    @Test
    void theShapesForAnotherBaseNameItsVocabulariesAndKeepTheirOwnAndTheOntologysIris() {
        Model shapes = ShapesLibrary.load("http://127.0.0.1:8080").model();
        List<String> namespaces = shapes.listObjectsOfProperty(shapes.createProperty(SH + "namespace"))
                .mapWith(n -> n.asLiteral().getLexicalForm()).toList();
        assertThat(namespaces).contains(OKG.NS,
                "http://127.0.0.1:8080/controlled-vocabulary/tipologia-unita-organizzativa/",
                "http://127.0.0.1:8080/controlled-vocabulary/anomalie-sorgente/");
        assertThat(shapes.contains(shapes.createResource(ServiceIris.DEFAULT_BASE + "/shapes/Unit_classification"),
                RDF.type)).isTrue();
        String everything = shapes.listStatements().toList().toString();
        assertThat(everything.replace(OKG.NS, "").replace(ServiceIris.DEFAULT_BASE + "/shapes/", ""))
                .doesNotContain(ServiceIris.DEFAULT_BASE);
    }

    @Test
    void jsonCarriesTheFieldsProgramsNeed() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportWriter.write(validation, ReportWriter.Format.JSON, "foggia", out);
        var array = JSON.parseAny(out.toString(StandardCharsets.UTF_8)).getAsArray();
        assertThat(array).hasSize(validation.results().size());
        JsonObject malformed = array.stream().map(v -> v.getAsObject())
                .filter(o -> o.getString("focusNode").endsWith("/anomalia/473/malformed-code"))
                .findFirst().orElseThrow();
        assertThat(malformed.getString("severity")).isEqualTo("Warning");
        assertThat(malformed.getString("notation")).isEqualTo("C2.7");
        assertThat(malformed.getString("unit")).isEqualTo(imported.chamber().unit("servizio-iii"));
        assertThat(malformed.get("sourceLine").getAsNumber().value().intValue()).isEqualTo(473);
        assertThat(malformed.getString("message")).contains("C27");
        assertThat(malformed.getObj("messages").getString("en")).contains("C27");
        assertThat(malformed.getString("shape")).isEqualTo("https://w3id.org/organigramma-kg/shapes/Anomaly_malformedCode");
    }

    @Test
    void theTurtleReportHasMessagesInBothLanguages() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportWriter.write(validation, ReportWriter.Format.TURTLE, "foggia", out);
        String turtle = out.toString(StandardCharsets.UTF_8);
        assertThat(turtle).contains("sh:ValidationReport").contains("@it").contains("@en");
    }
}
