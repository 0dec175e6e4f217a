package it.cciaa.organigramma.edition;

import it.cciaa.organigramma.edition.EditionFeed.Changes;
import it.cciaa.organigramma.edition.EditionFeed.Entry;
import it.cciaa.organigramma.edition.EditionFeed.Link;
import it.cciaa.organigramma.edition.Editions.ReportCounts;
import it.cciaa.organigramma.iri.ServiceIris;
import it.cciaa.organigramma.linkeddata.LinkedDataLinks;
import it.cciaa.organigramma.query.NamedQueries;
import it.cciaa.organigramma.store.KgProperties;
import it.cciaa.organigramma.store.KnowledgeStore;
import it.cciaa.organigramma.store.StoreVersion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Reads the editions feed ({@link EditionFeed}) of every chamber or of one: its newest {@value #MOST_ENTRIES}
 * editions, newest published first, each with its report's counts ({@code queries/edition/report-counts.rq}) and its
 * differences from the chamber's edition before it ({@link EditionDiffQueries}: eleven queries over two edition
 * graphs, a second or two on two cores when the store's cache does not have them, hence the bound; the answer cache
 * then keeps the feed until the next publication). The history page lists every edition.
 */
@Component
class EditionFeeds {
    /** The most entries a feed holds. */
    static final int MOST_ENTRIES = 10;

    private final Editions editions;
    private final EditionDiffQueries diffs;
    private final LinkedDataLinks links;
    private final StoreVersion version;
    private final ServiceIris iris;

    EditionFeeds(Editions editions, KnowledgeStore store, NamedQueries queries, LinkedDataLinks links,
            StoreVersion version, KgProperties properties) {
        this.editions = editions;
        this.diffs = EditionDiffQueries.over(store, queries);
        this.links = links;
        this.version = version;
        this.iris = properties.iris();
    }

    /** The feed of the chamber {@code ente} (400 malformed, 404 unknown), or of every chamber when empty. */
    EditionFeed feed(Optional<String> ente) {
        ente.ifPresent(chamber -> editions.resolve(null, chamber));
        List<Edition> chosen = ente.map(editions::of).orElseGet(editions::all);
        Map<String, ReportCounts> reports = editions.reportCounts();
        Instant updated = version.modified();
        List<Edition> newest = chosen.stream()
                .sorted(Comparator.comparing((Edition edition) -> published(edition, reports, updated))
                        .thenComparing(Edition::date, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .reversed())
                .limit(MOST_ENTRIES).toList();
        List<Entry> entries = new ArrayList<>();
        for (Edition edition : newest) {
            ReportCounts report = reports.get(edition.dataset());
            entries.add(new Entry(edition.dataset(), edition.title(), published(edition, reports, updated),
                    edition.chamberLabel(), edition.chamber(), edition.ente(),
                    EditionFeed.summary(edition, editions.isCurrent(edition), report, changes(edition)),
                    links(edition)));
        }
        String query = query(ente);
        Instant lastChange = entries.stream().map(Entry::updated).reduce(updated, (a, b) -> a.isAfter(b) ? a : b);
        return new EditionFeed(links.iriOfPath(EditionFeedController.PATH + query), title(ente),
                EditionFeedController.PATH + query, EditionHistoryController.PATH + query, lastChange, entries);
    }

    /** How a history page announces its feed: where it is and its title. */
    record Announcement(String href, String title) {}

    /** The feed of the history page of {@code ente} (every chamber when empty), as the page announces it. */
    Announcement announcement(Optional<String> ente) {
        return new Announcement(EditionFeedController.PATH + query(ente), title(ente) + " (feed Atom)");
    }

    private String title(Optional<String> ente) {
        return "Edizioni dell'organigramma" + ente.flatMap(editions::current)
                .map(current -> " – " + current.chamberLabel()).orElse("");
    }

    private static String query(Optional<String> ente) {
        return ente.map(chamber -> "?" + Editions.CHAMBER_PARAMETER + "=" + chamber).orElse("");
    }

    private static Instant published(Edition edition, Map<String, ReportCounts> reports, Instant fallback) {
        ReportCounts report = reports.get(edition.dataset());
        return report == null || report.created() == null ? fallback : report.created();
    }

    /** What changed from the chamber's edition before this one; empty for its first. */
    private Optional<Changes> changes(Edition edition) {
        return Optional.ofNullable(edition.previous()).flatMap(editions::byIri).map(previous -> new Changes(
                previous.label(), DiffPage.counts(diffs.diff(previous.graph(), edition.graph()))));
    }

    /** The edition's organigram, its differences, its validation report and its data. */
    private List<Link> links(Edition edition) {
        List<Link> links = new ArrayList<>();
        links.add(new Link("alternate", "text/html", EditionHistory.browse(edition),
                "L'organigramma di questa edizione"));
        if (edition.previousKey() != null) {
            links.add(new Link("related", "text/html", EditionDiffController.link(edition),
                    "Le differenze dall'edizione precedente"));
        }
        if (edition.reportGraph() != null) {
            links.add(new Link("related", "text/html", this.links.href(edition.reportGraph()),
                    "Il rapporto di validazione"));
        }
        links.add(new Link("describedby", "text/html", this.links.href(edition.dataset()),
                "La descrizione dell'edizione nel catalogo"));
        if (edition.graph() != null) {
            links.add(new Link("enclosure", "text/turtle", this.links.formatLink(edition.graph(), "turtle"),
                    "I dati dell'edizione (Turtle)"));
        }
        if (editions.isCurrent(edition)) {
            links.add(new Link("enclosure", "application/trig", this.links.href(iris.dump(edition.ente()
                    + "/edizione-corrente.trig")), "L'edizione in vigore con la mappa dei processi e le norme (TriG)"));
        }
        return links;
    }
}
