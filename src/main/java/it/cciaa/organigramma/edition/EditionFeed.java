package it.cciaa.organigramma.edition;

import it.cciaa.organigramma.edition.Editions.ReportCounts;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The editions as an Atom feed (RFC 4287) tells them, newest first: per edition its name, validity, the counts of its
 * validation report, what changed from the chamber's edition before it, and where to read it, compare it and
 * download it. {@link EditionFeeds} reads it, {@link AtomWriter} writes it.
 *
 * @param id the feed's IRI
 * @param self where the feed is read (a path of the service)
 * @param page the history page it follows
 * @param updated when the catalogue last changed, or its newest entry if later
 */
record EditionFeed(String id, String title, String self, String page, Instant updated, List<Entry> entries) {

    /**
     * One edition.
     *
     * @param id the edition's IRI (its dataset)
     * @param updated when it was published (its report's date), else when the catalogue last changed
     * @param summary validity, report counts and differences, in words
     */
    record Entry(String id, String title, Instant updated, String chamberName, String chamberIri, String ente,
            String summary, List<Link> links) {}

    /** A link of an entry or of the feed: relation, media type, address and what it leads to. */
    record Link(String rel, String type, String href, String title) {}

    /** What changed from the edition before: the counts by kind, and how a sentence names that edition. */
    record Changes(String previousLabel, List<DiffPage.Count> counts) {}

    /**
     * "Valida dal 1° gennaio 2025, in vigore. Validazione: 0 violazioni, 64 avvisi, 24 note. Rispetto all'edizione del
     * 1° gennaio 2024: Unità rinominate 1, Attività assegnate 2."
     */
    static String summary(Edition edition, boolean current, ReportCounts report, Optional<Changes> changes) {
        StringBuilder text = new StringBuilder();
        if (edition.validFrom() != null) {
            text.append("Valida dal ").append(Edition.inWords(edition.validFrom()));
            text.append(edition.validTo() != null ? " al " + Edition.inWords(edition.validTo()) : "");
            text.append(current ? ", in vigore." : ".");
        } else {
            text.append(current ? "Edizione in vigore, senza data." : "Edizione senza data.");
        }
        if (report != null) {
            text.append(" Validazione: ").append(report.violations()).append(" violazioni, ")
                    .append(report.warnings()).append(" avvisi, ").append(report.infos()).append(" note.");
        }
        if (changes.isEmpty()) {
            text.append(" Prima edizione dell'ente.");
        } else {
            List<DiffPage.Count> changed = changes.get().counts().stream().filter(count -> count.changes() > 0)
                    .toList();
            text.append(" Rispetto all'").append(changes.get().previousLabel()).append(": ")
                    .append(changed.isEmpty() ? "nessuna differenza" : changed.stream()
                            .map(count -> count.label() + " " + count.changes()).collect(Collectors.joining(", ")))
                    .append('.');
        }
        return text.toString();
    }
}
