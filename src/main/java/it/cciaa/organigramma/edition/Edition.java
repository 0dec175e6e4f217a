package it.cciaa.organigramma.edition;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * One edition of the organigram as the catalogue describes it: its key ({@code 2025-01-01}, or {@code sha256-…} for
 * an undated one), dataset and graph IRIs, title, date, validity (from, and to when a later edition replaced it),
 * source document, process-map scheme, validation-report graph and the edition before it. Absent facts are null.
 */
public record Edition(
        String ente,
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

    /** A date as Italians write it ("1 gennaio 2025"); null stays null. */
    public static String inWords(LocalDate date) {
        return date == null ? null : date.format(IN_WORDS);
    }

    /** The reference JSON page data carry: which edition they show. */
    public Reference reference() {
        return new Reference(key, dataset, graph);
    }

    /** An edition as page data name it: its key, dataset IRI and graph IRI. */
    public record Reference(String key, String iri, String graph) {}
}
