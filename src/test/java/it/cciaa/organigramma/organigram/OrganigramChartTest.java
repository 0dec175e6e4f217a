package it.cciaa.organigramma.organigram;

import static org.assertj.core.api.Assertions.assertThat;

import it.cciaa.organigramma.chart.ChartPdf;
import it.cciaa.organigramma.chart.ChartSvg;
import it.cciaa.organigramma.edition.Edition;
import it.cciaa.organigramma.edition.Editions;
import it.cciaa.organigramma.ingest.AllegatoImporter;
import it.cciaa.organigramma.ingest.AllegatoImporter.ImportOptions;
import it.cciaa.organigramma.ingest.AllegatoImporter.Imported;
import it.cciaa.organigramma.iri.ServiceIris;
import it.cciaa.organigramma.project.ProjectResources;
import it.cciaa.organigramma.query.NamedQueries;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The organigram of the Foggia edition drawn: the SVG is well-formed XML with one linked box per unit, each leading to
 * the unit's page and showing its code, name and activities; its PDF is one A3 landscape page whose text is text.
 */
class OrganigramChartTest {
    private static final String SVG = "http://www.w3.org/2000/svg";
    private static final String BASE = ServiceIris.DEFAULT_BASE;
    /** Where the service shows a unit of ours: the IRI's path, as {@code LinkedDataLinks.href} makes it. */
    private static final UnaryOperator<String> PAGE_OF = iri -> iri.substring(BASE.length());

    private static OrganigramQueries queries;
    private static TreeNode ente;
    private static String svg;

    @BeforeAll
    static void drawFoggia() throws Exception {
        Imported imported = new AllegatoImporter(ImportOptions.defaults()
                .withEditionDate(Optional.of(LocalDate.parse("2025-01-01"))))
                .importDocument(ProjectResources.bytes(ProjectResources.FOGGIA_DOCUMENT), "foggia.txt");
        NamedQueries library = NamedQueries.load();
        Edition edition = Editions.over(imported.dataset(), library).current().orElseThrow();
        queries = OrganigramQueries.over(imported.dataset(), library).in(edition.graph());
        ente = queries.tree().getFirst();
        svg = ChartSvg.of(OrganigramChart.of(ente, edition, PAGE_OF));
    }

    /** The chart's links, in drawing order, each with the text of its box. */
    private static Map<String, String> linkedBoxes(Document chart) {
        Map<String, String> boxes = new LinkedHashMap<>();
        NodeList links = chart.getElementsByTagNameNS(SVG, "a");
        for (int i = 0; i < links.getLength(); i++) {
            Element link = (Element) links.item(i);
            NodeList texts = link.getElementsByTagNameNS(SVG, "text");
            assertThat(texts.getLength()).as(link.getAttribute("href")).isEqualTo(1);
            assertThat(boxes.put(link.getAttribute("href"), texts.item(0).getTextContent()))
                    .as("a second box for " + link.getAttribute("href")).isNull();
            assertThat(link.getAttributeNS("http://www.w3.org/1999/xlink", "href")).isEqualTo(link.getAttribute("href"));
        }
        return boxes;
    }

    private static List<UnitSummary> units(TreeNode node, List<UnitSummary> units) {
        units.add(node.unit());
        node.children().forEach(child -> units(child, units));
        return units;
    }

    @Test
    void theSvgIsXmlWithOneLinkedBoxPerUnitOfTheEditionEachLeadingToItsPage() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document chart = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));

        assertThat(chart.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(chart.getDocumentElement().getAttribute("viewBox")).matches("0 0 [0-9.]+ [0-9.]+");
        assertThat(chart.getDocumentElement().getAttribute("width")).endsWith("mm");
        assertThat(chart.getElementsByTagNameNS(SVG, "title").item(0).getTextContent())
                .isEqualTo("Organigramma – CCIAA di Foggia – Edizione del 1° gennaio 2025 · 27 unità organizzative · "
                        + ente.activitiesBelow() + " attività");
        assertThat(chart.getElementsByTagNameNS(SVG, "desc").item(0).getTextContent())
                .startsWith("Organigramma della CCIAA di Foggia, edizione del 1° gennaio 2025: l'Ente, le Aree");

        int unitsInEdition = queries.unitsByKind().stream().mapToInt(OrganigramFigures.KindCount::units).sum();
        Map<String, String> boxes = linkedBoxes(chart);
        assertThat(boxes).hasSize(unitsInEdition).hasSize(27);
        assertThat(boxes.keySet()).containsExactlyInAnyOrderElementsOf(
                units(ente, new ArrayList<>()).stream().map(unit -> PAGE_OF.apply(unit.iri())).toList());
        assertThat(boxes.keySet()).first().isEqualTo("/data/organization/public-organization/cciaa-di-foggia");
        assertThat(boxes.get("/data/organization/support-unit/cciaa-di-foggia/ufficio-4-1"))
                .isEqualTo("Ufficio 4.1 REGISTRO IMPRESE 12 attività");
        assertThat(boxes.get("/data/organization/support-unit/cciaa-di-foggia/staff-performance-e-controllo-di-gestione"))
                .isEqualTo("Ufficio di staff PERFORMANCE E CONTROLLO DI GESTIONE 19 attività");
        assertThat(boxes.get("/data/organization/support-unit/cciaa-di-foggia/ufficio-2-1"))
                .as("a long name, wrapped").startsWith("Ufficio 2.1 GESTIONE RISORSE");
    }

    @Test
    void thePdfIsOneA3LandscapePageWithTheTextAsText() throws Exception {
        byte[] pdf = ChartPdf.of(svg);
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDPage page = document.getPage(0);
            assertThat(page.getMediaBox().getWidth() / 72 * 25.4).isCloseTo(420, org.assertj.core.data.Offset.offset(1.0));
            assertThat(page.getMediaBox().getHeight() / 72 * 25.4).isCloseTo(297, org.assertj.core.data.Offset.offset(1.0));
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Organigramma – CCIAA di Foggia", "REGISTRO IMPRESE", "Ufficio 4.1",
                    "COMUNICAZIONE E URP", "12 attività", "295 attività nelle unità sottostanti");
            assertThat(page.getAnnotations()).as("FOP would place the links off their boxes").isEmpty();
        }
    }
}
