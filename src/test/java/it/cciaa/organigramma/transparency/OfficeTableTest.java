package it.cciaa.organigramma.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import it.cciaa.organigramma.edition.Edition;
import it.cciaa.organigramma.edition.Editions;
import it.cciaa.organigramma.ingest.AllegatoImporter;
import it.cciaa.organigramma.project.ProjectResources;
import it.cciaa.organigramma.query.NamedQueries;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The transparency table of the Foggia edition, read by the queries over the imported edition, and its files: the CSV
 * read back by a CSV parser, the ODS unzipped and read back by SODS.
 */
class OfficeTableTest {
    private static final String UNITS = "/data/organization/support-unit/cciaa-di-foggia/";

    private static OfficeTable table;

    @BeforeAll
    static void readFoggia() throws Exception {
        var imported = new AllegatoImporter(AllegatoImporter.ImportOptions.defaults())
                .importDocument(ProjectResources.bytes(ProjectResources.FOGGIA_DOCUMENT), "foggia.txt");
        NamedQueries library = NamedQueries.load();
        Edition undated = Editions.over(imported.dataset(), library).all().getFirst();
        Edition edition = new Edition(undated.ente(), undated.chamber(), undated.chamberName(), "2025-01-01",
                undated.dataset(), undated.graph(), undated.title(), LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 1, 1), LocalDate.of(2026, 3, 1), undated.sourceFile(), undated.checksum(),
                undated.mapScheme(), undated.reportGraph(), undated.previous());
        TransparencyQueries queries = TransparencyQueries.over(imported.dataset(), library);
        table = OfficeTable.of(edition, queries.units(), queries.competences());
    }

    private static Office office(String slug) {
        return table.offices().stream().filter(office -> office.unit().iri().endsWith(UNITS + slug)).findFirst()
                .orElseThrow();
    }

    @Test
    void oneRowPerUnitEnteFirstEachWithTheUnitItBelongsTo() {
        assertThat(table.offices()).hasSize(27);
        Office ente = table.offices().getFirst();
        assertThat(ente.unit().kindLabel()).isEqualTo("Ente");
        assertThat(ente.parent()).isNull();
        assertThat(table.offices().subList(1, 27)).allSatisfy(office -> assertThat(office.parent()).isNotNull());
        Office registry = office("ufficio-4-1");
        assertThat(registry.unit().code()).isEqualTo("4.1");
        assertThat(registry.unit().name()).isEqualTo("REGISTRO IMPRESE");
        assertThat(registry.parent().iri()).endsWith(UNITS + "servizio-iv");
        assertThat(office("servizio-iv").parent().iri()).endsWith(UNITS + "area-i");
        assertThat(office("staff-performance-e-controllo-di-gestione").parent()).isEqualTo(ente.unit());
    }

    @Test
    void competencesAreTheSubProcessesOfTheUnitsActivitiesInTheMapsOrder() {
        Office registry = office("ufficio-4-1");
        assertThat(registry.activities()).isEqualTo(12);
        assertThat(registry.competences()).extracting(SubProcess::notation)
                .containsExactly("A2.2.2", "C1.1.1", "C1.1.3", "C1.1.4", "C1.1.5", "C1.1.6", "D1.2.1", "D2.2.3");
        assertThat(registry.competences().stream().mapToInt(SubProcess::activities).sum()).isEqualTo(12);
        assertThat(registry.competencesText()).startsWith("A2.2.2 Promozione dei servizi camerali; C1.1.1 Istruttoria "
                + "pratiche su istanza di parte e aggiornamento Registro Imprese, REA, AA; C1.1.3 ");
        assertThat(office("area-i").competences()).isEmpty();
        assertThat(table.offices().stream().mapToInt(Office::activities).sum()).isEqualTo(295);
    }

    @Test
    void theCsvHasAnItalianHeaderAndOneRecordPerUnitWithTheValidity() throws Exception {
        String csv = new String(OfficeTableFiles.csv(table), StandardCharsets.UTF_8);
        assertThat(csv).contains("\r\n");
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
        assertThat(records).hasSize(28);
        assertThat(records.getFirst().toList()).containsExactlyElementsOf(OfficeTable.COLUMNS);
        CSVRecord registry = records.stream().filter(r -> r.get(10).endsWith(UNITS + "ufficio-4-1")).findFirst()
                .orElseThrow();
        assertThat(registry.toList()).startsWith("4.1", "REGISTRO IMPRESE", "Ufficio", "Servizio", "IV");
        assertThat(registry.get(6)).isEqualTo(office("ufficio-4-1").competencesText());
        assertThat(registry.toList().subList(7, 10)).containsExactly("12", "2025-01-01", "2026-03-01");
        assertThat(records.get(1).toList().subList(0, 6)).containsExactly("", "CCIAA di FOGGIA", "Ente", "", "", "");
    }

    @Test
    void theOdsIsAnOpenDocumentSpreadsheetWithTheTableAndItsNotes() throws Exception {
        byte[] ods = OfficeTableFiles.ods(table);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(ods))) {
            ZipEntry first = zip.getNextEntry();
            assertThat(first.getName()).isEqualTo("mimetype");
            assertThat(new String(zip.readAllBytes(), StandardCharsets.US_ASCII))
                    .isEqualTo("application/vnd.oasis.opendocument.spreadsheet");
            boolean content = false;
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("content.xml")) {
                    var factory = DocumentBuilderFactory.newInstance();
                    factory.setNamespaceAware(true);
                    var document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(zip.readAllBytes()));
                    assertThat(document.getElementsByTagNameNS("urn:oasis:names:tc:opendocument:xmlns:table:1.0",
                            "table").getLength()).isEqualTo(2);
                    content = true;
                }
            }
            assertThat(content).as("content.xml").isTrue();
        }
        SpreadSheet book = new SpreadSheet(new ByteArrayInputStream(ods));
        assertThat(book.getSheets()).extracting(Sheet::getName)
                .containsExactly(OfficeTableFiles.TABLE_SHEET, OfficeTableFiles.NOTES_SHEET);
        Sheet offices = book.getSheet(0);
        assertThat(offices.getMaxRows()).isEqualTo(28);
        assertThat(offices.getRange(0, 0, 1, OfficeTable.COLUMNS.size()).getValues()[0])
                .containsExactlyElementsOf(OfficeTable.COLUMNS);
        int registry = table.offices().indexOf(office("ufficio-4-1")) + 1;
        Object[] row = offices.getRange(registry, 0, 1, OfficeTable.COLUMNS.size()).getValues()[0];
        assertThat(row[0]).isEqualTo("4.1");
        assertThat(((Number) row[7]).intValue()).isEqualTo(12);
        assertThat(row[8].toString()).startsWith("2025-01-01");
        String notes = java.util.Arrays.deepToString(book.getSheet(1).getDataRange().getValues());
        assertThat(notes).contains("CCIAA di Foggia", "cciaa-di-foggia/2025-01-01", "telefono",
                "posta elettronica certificata");
    }
}
