package it.cciaa.organigramma.transparency;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import it.cciaa.organigramma.edition.Edition;
import it.cciaa.organigramma.organigram.TreeNode;
import it.cciaa.organigramma.organigram.UnitSummary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The "Articolazione degli uffici" of one edition of a chamber, as D.Lgs. 33/2013, art. 13, c. 1, asks the chamber
 * to publish it: one row per unit, Ente first and then in the document's order, with what the Allegato C holds
 * (code, name, kind, the unit it belongs to, competences, the edition's validity, the unit's IRI); and, named rather
 * than left blank, what the article asks for that the document does not hold.
 */
@JsonPropertyOrder({"chamberName", "validFrom", "validTo", "sourceFile", "notInDocument", "offices"})
public record OfficeTable(@JsonIgnore Edition edition, List<Office> offices) {

    /** The facts art. 13 asks for that an Allegato C does not hold: named on every form, never invented. */
    static final List<String> NOT_IN_DOCUMENT = List.of(
            "il nome del dirigente responsabile di ciascun ufficio (art. 13, c. 1, lett. b)",
            "le risorse a disposizione di ciascun ufficio (lett. b)",
            "i numeri di telefono (lett. d)",
            "le caselle di posta elettronica istituzionali (lett. d)",
            "le caselle di posta elettronica certificata (PEC) dedicate (lett. d)");

    /** The header of the CSV and of the spreadsheet, one name per column of {@link #cells(Office)}. */
    static final List<String> COLUMNS = List.of("Codice", "Denominazione", "Tipo",
            "Struttura di appartenenza - tipo", "Struttura di appartenenza - codice",
            "Struttura di appartenenza - denominazione", "Competenze (sotto-processi della Mappa dei processi)",
            "Numero di attività", "In vigore dal", "In vigore fino al", "IRI");

    /** The table of an edition from its units' tree and each unit's competences (by unit IRI). */
    static OfficeTable of(Edition edition, List<TreeNode> roots, Map<String, List<SubProcess>> competences) {
        List<Office> offices = new ArrayList<>();
        roots.forEach(root -> addBranch(root, null, competences, offices));
        return new OfficeTable(edition, List.copyOf(offices));
    }

    private static void addBranch(TreeNode node, UnitSummary parent, Map<String, List<SubProcess>> competences,
            List<Office> offices) {
        offices.add(new Office(node.unit(), parent, node.activities(),
                competences.getOrDefault(node.unit().iri(), List.of())));
        node.children().forEach(child -> addBranch(child, node.unit(), competences, offices));
    }

    /**
     * One office's row, column by column as {@link #COLUMNS} names them: text, the number of activities as a number,
     * the validity as dates, null for an empty cell.
     */
    List<Object> cells(Office office) {
        UnitSummary unit = office.unit();
        UnitSummary parent = office.parent();
        return Arrays.asList(unit.code(), unit.name(), unit.kindLabel(), parent == null ? null : parent.kindLabel(),
                parent == null ? null : parent.code(), parent == null ? null : parent.name(),
                office.competences().isEmpty() ? null : office.competencesText(), office.activities(),
                edition.validFrom(), edition.validTo(), unit.iri());
    }

    /** The chamber's name as its documents print it. */
    @JsonProperty
    public String chamberName() {
        return edition.chamberLabel();
    }

    /** The first day the edition is in force; null for an undated edition. */
    @JsonProperty
    public LocalDate validFrom() {
        return edition.validFrom();
    }

    /** The day a later edition replaced it; null while it is in force. */
    @JsonProperty
    public LocalDate validTo() {
        return edition.validTo();
    }

    /** The first day in force as Italians write it ("1 gennaio 2025"); null for an undated edition. */
    public String validFromInWords() {
        return Edition.inWords(edition.validFrom());
    }

    /** The day a later edition replaced it, in words; null while it is in force. */
    public String validToInWords() {
        return Edition.inWords(edition.validTo());
    }

    /** The source document's file name. */
    @JsonProperty
    public String sourceFile() {
        return edition.sourceFile();
    }

    /** What art. 13 asks for and the document does not hold. */
    @JsonProperty
    public List<String> notInDocument() {
        return NOT_IN_DOCUMENT;
    }

    /** A download's file name naming the chamber and the edition ({@code articolazione-uffici-{ente}-{key}.csv}). */
    String fileName(String extension) {
        return "articolazione-uffici-" + edition.ente() + "-" + edition.key() + "." + extension;
    }
}
