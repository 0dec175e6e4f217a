package it.cciaa.organigramma.transparency;

import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import com.github.miachm.sods.Style;
import it.cciaa.organigramma.edition.Edition;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The transparency table as files a portal editor downloads: CSV (RFC 4180, UTF-8, a header row in Italian) and an
 * OpenDocument spreadsheet (ODS, written with SODS), whose second sheet, "Note", says which edition it is, where it
 * comes from and what art. 13 asks for that the document does not hold.
 */
final class OfficeTableFiles {
    static final String TABLE_SHEET = "Articolazione degli uffici";
    static final String NOTES_SHEET = "Note";
    /** The widths of the table's columns, in millimetres, as {@link OfficeTable#COLUMNS} orders them. */
    private static final double[] COLUMN_WIDTHS_MM = {18, 70, 25, 25, 22, 70, 140, 18, 25, 25, 110};

    private OfficeTableFiles() {}

    static byte[] csv(OfficeTable table) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(OfficeTable.COLUMNS);
            for (Office office : table.offices()) {
                printer.printRecord(table.cells(office).stream().map(cell -> cell == null ? "" : cell.toString())
                        .toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] ods(OfficeTable table) {
        List<String> columns = OfficeTable.COLUMNS;
        Sheet offices = new Sheet(TABLE_SHEET, table.offices().size() + 1, columns.size());
        fillRow(offices, 0, List.copyOf(columns));
        offices.getRange(0, 0, 1, columns.size()).setFontBold(true);
        for (int row = 0; row < table.offices().size(); row++) {
            fillRow(offices, row + 1, table.cells(table.offices().get(row)));
        }
        for (int column = 0; column < columns.size(); column++) {
            offices.setColumnWidth(column, COLUMN_WIDTHS_MM[column]);
        }
        List<List<Object>> notes = notes(table.edition());
        Sheet about = new Sheet(NOTES_SHEET, notes.size(), 2);
        for (int row = 0; row < notes.size(); row++) {
            fillRow(about, row, notes.get(row));
        }
        about.getRange(0, 0, notes.size(), 1).setFontBold(true);
        about.setColumnWidth(0, 50.0);
        about.setColumnWidth(1, 150.0);
        SpreadSheet book = new SpreadSheet();
        book.appendSheet(offices);
        book.appendSheet(about);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            book.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return out.toByteArray();
    }

    /** One row of a sheet: the values, and dates shown as dates (YYYY-MM-DD) rather than as dates with a time. */
    private static void fillRow(Sheet sheet, int row, List<Object> cells) {
        sheet.getRange(row, 0, 1, cells.size()).setValues(cells.toArray());
        for (int column = 0; column < cells.size(); column++) {
            if (cells.get(column) instanceof LocalDate) {
                Style date = new Style();
                date.setDataStyle("YYYY-MM-DD");
                sheet.getRange(row, column).setStyle(date);
            }
        }
    }

    /** The "Note" sheet: two columns, what and its value. */
    private static List<List<Object>> notes(Edition edition) {
        List<List<Object>> notes = new ArrayList<>();
        notes.add(Arrays.asList("Ente", edition.chamberLabel()));
        notes.add(Arrays.asList("Edizione", edition.label() + " (" + edition.id() + ")"));
        notes.add(Arrays.asList("In vigore dal", edition.validFrom()));
        notes.add(Arrays.asList("In vigore fino al",
                edition.validTo() == null ? "nessuna data: l'edizione è in vigore" : edition.validTo()));
        notes.add(Arrays.asList("Documento sorgente", edition.sourceFile()));
        notes.add(Arrays.asList("Dataset", edition.dataset()));
        notes.add(Arrays.asList("Riferimento normativo", "D.Lgs. 14 marzo 2013, n. 33, art. 13, comma 1"));
        for (String missing : OfficeTable.NOT_IN_DOCUMENT) {
            notes.add(Arrays.asList("Non presente nel documento", missing));
        }
        notes.add(Arrays.asList("Licenza", "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/deed.it)"));
        return notes;
    }
}
