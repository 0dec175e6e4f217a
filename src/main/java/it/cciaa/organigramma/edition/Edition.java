package it.cciaa.organigramma.edition;

import com.fasterxml.jackson.annotation.JsonProperty;
import it.cciaa.organigramma.text.EditionLabels;
import it.cciaa.organigramma.text.ItalianDates;
import it.cciaa.organigramma.text.PrintedNames;
import java.time.LocalDate;
import java.util.Locale;

/**
 * One edition of the organigram as the catalogue describes it: the chamber it belongs to ({@code ente}, its slug, with
 * the chamber's IRI and name as its documents print it), its key within the chamber ({@code 2025-01-01}, or
 * {@code sha256-…} for an undated one), dataset and graph IRIs, the catalogue's title, date, validity (from, and to
 * when the chamber's next edition replaced it), source document, process-map scheme, validation-report graph and the
 * chamber's edition before it. Its identifier across the store is {@link #id()}: {@code cciaa-di-foggia/2025-01-01};
 * its name for people is {@link #title()}: "Edizione del 1° gennaio 2025 – CCIAA di Foggia". Absent facts are null.
 */
public record Edition(
        String ente,
        String chamber,
        String chamberName,
        String key,
        String dataset,
        String graph,
        String catalogueTitle,
        LocalDate date,
        LocalDate validFrom,
        LocalDate validTo,
        String sourceFile,
        String checksum,
        String mapScheme,
        String reportGraph,
        String previous) {

    /** The edition's identifier across chambers, {@code {ente}/{key}}: what {@code ?edizione=} takes. */
    public String id() {
        return ente + "/" + key;
    }

    /** The identifier as downloaded files name it, {@code cciaa-di-foggia-2025-01-01}. */
    public String fileNamePart() {
        return ente + "-" + key;
    }

    /** The identifier of the edition before it, {@code {ente}/{key}}; null for the chamber's first. */
    public String previousId() {
        return previous == null ? null : ente + "/" + previousKey();
    }

    /**
     * The chamber's name as people read it: its documents' name with the words they print in capitals after the first
     * in title case ("CCIAA di FOGGIA" is "CCIAA di Foggia", "CCIAA di FORLÌ-CESENA" "CCIAA di Forlì-Cesena"), or its
     * slug when the catalogue lacks a name.
     */
    public String chamberLabel() {
        return chamberName == null || chamberName.isBlank() ? ente : PrintedNames.readable(chamberName.strip());
    }

    /** Whether the edition has a date (the act that approved it), rather than a checksum, for key. */
    public boolean dated() {
        return date != null;
    }

    /** The key of the edition before it (the last segment of its dataset IRI); null for the first. */
    public String previousKey() {
        return previous == null ? null : previous.substring(previous.lastIndexOf('/') + 1);
    }

    /** The revision of the process map it follows ({@code 2024}); null when the catalogue does not say. */
    public String mapRevision() {
        return mapScheme == null ? null : mapScheme.substring(mapScheme.lastIndexOf('/') + 1);
    }

    /** How a sentence names it: "edizione del 1° gennaio 2025", "edizione senza data (allegato-c.txt)". */
    public String label() {
        return EditionLabels.of(date, sourceFile);
    }

    /** The label with the chamber: "edizione del 1° gennaio 2025 – CCIAA di Foggia". */
    public String fullLabel() {
        return label() + " – " + chamberLabel();
    }

    /**
     * Its name for people, wherever a page, a feed or page data name it: "Edizione del 1° gennaio 2025 – CCIAA di
     * Foggia". Its {@link #id()} stays in addresses and in the fields programs read.
     */
    @JsonProperty("title")
    public String title() {
        String label = fullLabel();
        return label.substring(0, 1).toUpperCase(Locale.ITALIAN) + label.substring(1);
    }

    /** A date as Italians write it ("1° gennaio 2025", "15 marzo 2025"); null stays null. */
    public static String inWords(LocalDate date) {
        return ItalianDates.inWords(date);
    }

    /** The reference JSON page data carry: which edition they show, and its name for people. */
    public Reference reference() {
        return new Reference(id(), title(), ente, key, dataset, graph);
    }

    /**
     * An edition as page data name it: its identifier ({@code {ente}/{key}}), its {@link #title()}, chamber, key,
     * dataset and graph IRIs.
     */
    public record Reference(String id, String title, String ente, String key, String iri, String graph) {}
}
