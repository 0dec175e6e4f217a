package it.cciaa.organigramma.edition;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * One edition of the organigram as the catalogue describes it: the chamber it belongs to ({@code ente}, its slug, with
 * the chamber's IRI and name), its key within the chamber ({@code 2025-01-01}, or {@code sha256-…} for an undated
 * one), dataset and graph IRIs, title, date, validity (from, and to when the chamber's next edition replaced it),
 * source document, process-map scheme, validation-report graph and the chamber's edition before it. Its identifier
 * across the store is {@link #id()}: {@code cciaa-di-foggia/2025-01-01}. Absent facts are null.
 */
public record Edition(
        String ente,
        String chamber,
        String chamberName,
        String key,
        String dataset,
        String graph,
        String title,
        LocalDate date,
        LocalDate validFrom,
        LocalDate validTo,
        String sourceFile,
        String checksum,
        String mapScheme,
        String reportGraph,
        String previous) {

    private static final DateTimeFormatter IN_WORDS = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ITALIAN);

    /** The edition's identifier across chambers, {@code {ente}/{key}}: what {@code ?edizione=} takes. */
    public String id() {
        return ente + "/" + key;
    }

    /** The identifier of the edition before it, {@code {ente}/{key}}; null for the chamber's first. */
    public String previousId() {
        return previous == null ? null : ente + "/" + previousKey();
    }

    /** The chamber's name as its documents print it ("CCIAA di FOGGIA"), or its slug when the catalogue lacks it. */
    public String chamberLabel() {
        return chamberName == null || chamberName.isBlank() ? ente : chamberName;
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

    /** How the page names it: "edizione del 1 gennaio 2025", or "edizione sha256-…" when undated. */
    public String label() {
        return dated() ? "edizione del " + date.format(IN_WORDS) : "edizione " + key;
    }

    /** The label with the chamber: "edizione del 1 gennaio 2025 – CCIAA di FOGGIA". */
    public String fullLabel() {
        return label() + " – " + chamberLabel();
    }

    /** A date as Italians write it ("1 gennaio 2025"); null stays null. */
    public static String inWords(LocalDate date) {
        return date == null ? null : date.format(IN_WORDS);
    }

    /** The reference JSON page data carry: which edition they show. */
    public Reference reference() {
        return new Reference(id(), ente, key, dataset, graph);
    }

    /** An edition as page data name it: its identifier ({@code {ente}/{key}}), chamber, key, dataset and graph IRIs. */
    public record Reference(String id, String ente, String key, String iri, String graph) {}
}
