package it.cciaa.organigramma.validation;

import static org.assertj.core.api.Assertions.assertThat;

import it.cciaa.organigramma.ingest.AllegatoImporter;
import it.cciaa.organigramma.ingest.AllegatoImporter.Imported;
import it.cciaa.organigramma.project.ProjectResources;
import it.cciaa.organigramma.query.NamedQueries;
import it.cciaa.organigramma.validation.OrganigramValidator.Validation;
import it.cciaa.organigramma.validation.ReportPage.Entry;
import it.cciaa.organigramma.validation.ReportPage.Group;
import it.cciaa.organigramma.validation.ResultView.Severity;
import java.time.LocalDate;
import it.cciaa.organigramma.web.HtmlPages;
import it.cciaa.organigramma.web.RenderedPages;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The report's view model over the Foggia 2025-01-01 validation: made in memory ({@link ReportPage#of(Validation)})
 * and read back from a store-like dataset where the report sits in its own graph ({@link ReportQueries}).
 */
class ReportPageTest {
    static final String REPORT_GRAPH = "https://w3id.org/organigramma-kg/graph/validazione/cciaa-di-foggia/2025-01-01";
    static final String CREATED = "2025-01-02T09:30:00Z";

    private static Imported imported;
    private static Validation validation;
    private static ReportPage inMemory;
    private static ReportPage stored;

    @BeforeAll
    static void validateAndStore() throws Exception {
        imported = new AllegatoImporter(AllegatoImporter.ImportOptions.defaults()
                .withEditionDate(Optional.of(LocalDate.of(2025, 1, 1))))
                .importDocument(ProjectResources.bytes(ProjectResources.FOGGIA_DOCUMENT), "foggia.txt");
        validation = new OrganigramValidator(ShapesLibrary.load()).validate(imported.dataset());
        inMemory = ReportPage.of(validation);
        stored = ReportQueries.over(storeLike(), NamedQueries.load())
                .report(REPORT_GRAPH, imported.editionGraph()).orElseThrow();
    }

    /** The edition's graphs, its report in its own graph (stamped as a publication stamps it) and the shapes graph. */
    static Dataset storeLike() {
        Dataset dataset = DatasetFactory.createGeneral();
        imported.dataset().listNames().forEachRemaining(name -> dataset.getNamedModel(name)
                .add(imported.dataset().getNamedModel(name)));
        Model report = ModelFactory.createDefaultModel().add(validation.report());
        report.listSubjectsWithProperty(RDF.type, report.createResource("http://www.w3.org/ns/shacl#ValidationReport"))
                .toList().forEach(node -> node.addLiteral(DCTerms.created,
                        report.createTypedLiteral(CREATED, XSDDatatype.XSDdateTime)));
        dataset.addNamedModel(REPORT_GRAPH, report);
        dataset.addNamedModel("https://w3id.org/organigramma-kg/graph/shapes", ShapesLibrary.load().model());
        return dataset;
    }

    @Test
    void countsEveryResultByItsSeverity() {
        assertThat(inMemory.violations()).isZero();
        assertThat(inMemory.warnings()).isEqualTo(validation.count(Severity.WARNING)).isPositive();
        assertThat(inMemory.infos()).isEqualTo(validation.count(Severity.INFO)).isPositive();
        assertThat(inMemory.total()).isEqualTo(validation.results().size());
        assertThat(inMemory.publishable()).isTrue();
        assertThat(inMemory.created()).isNull();
    }

    @Test
    void groupsEveryResultOnceByUnitAndOnceByRule() {
        for (List<Group> groups : List.of(inMemory.byUnit(), inMemory.byRule())) {
            assertThat(groups.stream().mapToLong(g -> g.results().size()).sum()).isEqualTo(inMemory.total());
            for (Group group : groups) {
                assertThat(group.violations() + group.warnings() + group.infos()).isEqualTo(group.results().size());
            }
        }
        for (Group rule : inMemory.byRule()) {
            assertThat(rule.results()).extracting(Entry::shape).containsOnly(rule.iri());
            assertThat(rule.label()).isEqualTo(rule.results().getFirst().shapeName());
        }
        Group marker = rule("Competence_markerWithoutQualifier");
        assertThat(marker.results()).hasSize(2).extracting(Entry::unit)
                .containsOnly(imported.chamber().unit("ufficio-3-3")); // the two "*" of Ufficio 3.3
        Group office = inMemory.byUnit().stream().filter(g -> imported.chamber().unit("ufficio-3-3").equals(g.iri()))
                .findFirst().orElseThrow();
        assertThat(office.label()).as("a dry run's unit is titled by code and name, as a stored report's")
                .startsWith("3.3 ").doesNotContain("ufficio-3-3")
                .isEqualTo(stored.byUnit().stream().filter(g -> office.iri().equals(g.iri())).findFirst()
                        .orElseThrow().label());
        assertThat(office.results()).extracting(Entry::shape).contains(marker.iri());
        assertThat(inMemory.byUnit().getLast().iri()).isNull();
        assertThat(inMemory.byUnit().getLast().label()).isEqualTo(ReportPage.WITHOUT_UNIT);
    }

    @Test
    void everyResultSpeaksItalianAndEnglish() {
        for (Group group : inMemory.byRule()) {
            for (Entry result : group.results()) {
                assertThat(result.messageIt()).isNotBlank().isNotEqualTo(result.messageEn());
                assertThat(result.messageEn()).isNotBlank();
            }
        }
        Entry anomaly = rule("Anomaly_malformedCode").results().getFirst();
        assertThat(anomaly.messageIt()).startsWith("Riga " + anomaly.sourceLine() + ": ");
        assertThat(anomaly.messageEn()).startsWith("Line " + anomaly.sourceLine() + ": ");
        assertThat(anomaly.value()).isNotBlank();
        assertThat(anomaly.severity()).isEqualTo("Warning");
    }

    @Test
    void theStoredReportReadsBackAsTheValidationMadeInMemory() {
        assertThat(stored.created()).isEqualTo(CREATED);
        assertThat(List.of(stored.violations(), stored.warnings(), stored.infos()))
                .isEqualTo(List.of(inMemory.violations(), inMemory.warnings(), inMemory.infos()));
        assertThat(entries(stored.byRule())).containsExactlyInAnyOrderElementsOf(entries(inMemory.byRule()));
        assertThat(stored.byRule()).extracting(Group::label).isEqualTo(inMemory.byRule().stream().map(Group::label).toList());
        assertThat(stored.byUnit()).extracting(Group::iri)
                .containsExactlyInAnyOrderElementsOf(inMemory.byUnit().stream().map(Group::iri).toList());
    }

    @Test
    void theStoredReportTitlesUnitsByCodeAndName() {
        assertThat(stored.byUnit()).filteredOn(g -> imported.chamber().unit("ufficio-3-3").equals(g.iri()))
                .singleElement().extracting(Group::label).asString().startsWith("3.3 ").hasSizeGreaterThan(6);
        List<String> codes = stored.byUnit().stream().map(Group::label).filter(l -> l.matches("\\d\\.\\d+ .*"))
                .map(l -> l.substring(0, l.indexOf(' '))).toList();
        assertThat(codes).isNotEmpty().isSortedAccordingTo((a, b) -> {
            String[] x = a.split("\\.");
            String[] y = b.split("\\.");
            int first = Integer.compare(Integer.parseInt(x[0]), Integer.parseInt(y[0]));
            return first != 0 ? first : Integer.compare(Integer.parseInt(x[1]), Integer.parseInt(y[1]));
        });
    }

    @Test
    void aGraphWithoutAReportIsNoReport() {
        assertThat(ReportQueries.over(storeLike(), NamedQueries.load())
                .report(REPORT_GRAPH.replace("2025-01-01", "2024-01-01"), imported.editionGraph())).isEmpty();
    }

    /** The fragment other pages include (a dry run, a refused publication) renders a validation made in memory. */
    @Test
    void theResultsFragmentRendersAValidationMadeInMemoryAsStrictXhtml() {
        Document fragment = RenderedPages.fragment("validation/results", "report", Map.of("report", inMemory));
        assertThat(HtmlPages.texts(fragment, "//h2")).containsExactly("Esito", "Risultati per unità organizzativa",
                "Risultati per regola");
        assertThat(HtmlPages.texts(fragment, "//table[@class='severity-counts']/tbody/tr/td[1]"))
                .containsExactly("0", String.valueOf(inMemory.warnings()), String.valueOf(inMemory.infos()));
        String byRule = "//section[@aria-labelledby='report-by-rule']//table/tbody/tr";
        assertThat(HtmlPages.texts(fragment, byRule)).hasSize((int) inMemory.total());
        assertThat(HtmlPages.texts(fragment, byRule + "/td[3]/p[@lang='en']")).hasSize((int) inMemory.total());
        assertThat(HtmlPages.texts(fragment, "//section[@aria-labelledby='report-by-unit']/details/summary"))
                .hasSize(inMemory.byUnit().size()).last().asString().startsWith(ReportPage.WITHOUT_UNIT);
        assertThat(HtmlPages.texts(fragment, "//a/@href"))
                .contains("/data/organization/support-unit/cciaa-di-foggia/ufficio-3-3",
                        "/shapes/Competence_markerWithoutQualifier");
        assertThat(HtmlPages.texts(fragment, "//time")).isEmpty(); // not stored: no date
    }

    private static Group rule(String localName) {
        return inMemory.byRule().stream().filter(g -> g.iri().endsWith("/" + localName)).findFirst().orElseThrow();
    }

    private static List<Entry> entries(List<Group> groups) {
        return groups.stream().flatMap(g -> g.results().stream()).toList();
    }
}
