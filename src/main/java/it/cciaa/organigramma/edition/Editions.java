package it.cciaa.organigramma.edition;

import it.cciaa.organigramma.query.NamedQueries;
import it.cciaa.organigramma.query.NamedQuery;
import it.cciaa.organigramma.query.RowSource;
import it.cciaa.organigramma.query.Rows;
import it.cciaa.organigramma.store.KnowledgeStore;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.query.Dataset;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The editions of the catalogue ({@code queries/edition/editions.rq}) and which one a request shows: the current one
 * (the most recently dated) unless {@code ?edizione=KEY} names another. In the service the rows come through the
 * store's cache, so they are read once per store version.
 *
 * <pre>{@code
 * Edition shown = editions.resolve(request.getParameter("edizione"));   // 400 malformed, 404 unknown
 * }</pre>
 */
@Component
public class Editions {
    /** The request parameter that names an edition. */
    public static final String PARAMETER = "edizione";

    /** An edition key: the date of the act, or {@code sha256-} and 12 hex digits of the document's checksum. */
    private static final Pattern KEY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}|sha256-[0-9a-f]{12}");
    private static final String DATASET_PATH = "/data/dataset/organigramma/";
    private static final String GRAPH_PATH = "/graph/organigramma/";

    private final RowSource source;
    private final NamedQuery editions;

    @Autowired
    public Editions(KnowledgeStore store, NamedQueries queries) {
        this((RowSource) store, queries);
    }

    private Editions(RowSource source, NamedQueries queries) {
        this.source = source;
        this.editions = queries.find("edition/editions")
                .orElseThrow(() -> new IllegalStateException("queries/edition/editions.rq is missing"));
    }

    /** The editions of an in-memory dataset (tests, tools). */
    public static Editions over(Dataset dataset, NamedQueries queries) {
        return new Editions(RowSource.over(dataset), queries);
    }

    /** Every edition, in date order (undated ones first, by key): the last dated one is the current one. */
    public List<Edition> all() {
        List<Edition> read = new ArrayList<>();
        for (Map<String, String> row : Rows.of(source.select(editions, Map.of()))) {
            read.add(edition(row));
        }
        read.sort(Comparator.comparing(Edition::date, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Edition::key));
        List<Edition> dated = read.stream().filter(Edition::dated).toList();
        return read.stream().map(edition -> withNeighbours(edition, dated)).toList();
    }

    /** The most recently dated edition; an undated one only when none is dated; empty before the first load. */
    public Optional<Edition> current() {
        List<Edition> all = all();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.getLast());
    }

    public Optional<Edition> byKey(String key) {
        return all().stream().filter(edition -> edition.key().equals(key)).findFirst();
    }

    /**
     * The edition a request names with {@code ?edizione=}: the current one when absent or blank; 400 when the key is
     * malformed, 404 when no edition has it, 503 when the store holds none yet.
     */
    public Edition resolve(String key) {
        if (key == null || key.isBlank()) {
            return current().orElseThrow(() -> new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE,
                    "Nessuna edizione dell'organigramma è ancora caricata / no edition is loaded yet"));
        }
        String wanted = key.strip();
        if (!isKey(wanted)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Parametro edizione non valido: «" + key
                    + "». Un'edizione si indica con la sua data (AAAA-MM-GG, es. 2025-01-01) o con sha256- e 12 cifre "
                    + "esadecimali / invalid edizione parameter: a date (YYYY-MM-DD) or sha256- and 12 hex digits");
        }
        return byKey(wanted).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "Nessuna edizione «" + wanted + "» nel catalogo: l'elenco è in /edizioni / no edition " + wanted));
    }

    /** The text of the editions query, for the history page's "see the SPARQL" link. */
    public String queryText() {
        return editions.textWith(Map.of());
    }

    /** Whether the text has the form of an edition key (a real calendar date, or a checksum key). */
    public static boolean isKey(String text) {
        if (text == null || !KEY.matcher(text).matches()) {
            return false;
        }
        if (text.startsWith("sha256-")) {
            return true;
        }
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static Edition edition(Map<String, String> row) {
        String dataset = row.get("dataset");
        String key = dataset.substring(dataset.lastIndexOf('/') + 1);
        String identifier = row.getOrDefault("identifier", "");
        String ente = row.getOrDefault("ente",
                identifier.contains(":") ? identifier.substring(0, identifier.indexOf(':')) : "");
        String graph = dataset.contains(DATASET_PATH) ? dataset.replace(DATASET_PATH, GRAPH_PATH) : null;
        LocalDate date = date(row.get("date"));
        return new Edition(ente, key, dataset, graph, row.get("title"), date,
                Optional.ofNullable(date(row.get("validFrom"))).orElse(date), date(row.get("validTo")),
                row.get("sourceFile"), row.get("checksum"), row.get("mapScheme"), row.get("reportGraph"),
                row.get("previous"));
    }

    /** The validity's end and the previous edition, from the dated editions around it when the catalogue lacks them. */
    private static Edition withNeighbours(Edition edition, List<Edition> dated) {
        if (!edition.dated()) {
            return edition;
        }
        int at = dated.indexOf(edition);
        LocalDate validTo = edition.validTo() != null || at == dated.size() - 1 ? edition.validTo()
                : dated.get(at + 1).date();
        String previous = edition.previous() != null || at == 0 ? edition.previous() : dated.get(at - 1).dataset();
        return new Edition(edition.ente(), edition.key(), edition.dataset(), edition.graph(), edition.title(),
                edition.date(), edition.validFrom(), validTo, edition.sourceFile(), edition.checksum(),
                edition.mapScheme(), edition.reportGraph(), previous);
    }

    private static LocalDate date(String text) {
        if (text == null || text.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(text.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
