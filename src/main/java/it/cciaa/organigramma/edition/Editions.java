package it.cciaa.organigramma.edition;

import it.cciaa.organigramma.iri.ChamberIris;
import it.cciaa.organigramma.linkeddata.LinkedDataLinks;
import it.cciaa.organigramma.query.NamedQueries;
import it.cciaa.organigramma.query.NamedQuery;
import it.cciaa.organigramma.query.RowSource;
import it.cciaa.organigramma.query.Rows;
import it.cciaa.organigramma.store.KnowledgeStore;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.query.Dataset;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.server.ResponseStatusException;

/**
 * The editions of the catalogue ({@code queries/edition/editions.rq}), chamber by chamber, and which one a request
 * shows. Each chamber (ente) has its own chain of editions: its current one is its most recently dated, and its
 * validity, previous and next editions never involve another chamber. An edition is named across the store by
 * {@code {ente}/{key}} ({@code cciaa-di-foggia/2025-01-01}); a bare key ({@code 2025-01-01}) is accepted where it names
 * one edition only. In the service the rows come through the store's cache, so they are read once per store version.
 *
 * <pre>{@code
 * Edition shown = editions.resolve(request.getParameter("edizione"), "cciaa-di-foggia"); // 400, 404 as fits
 * }</pre>
 */
@Component
public class Editions {
    /** The request parameter that names an edition. */
    public static final String PARAMETER = LinkedDataLinks.EDITION_PARAMETER;
    /** The request parameter that names a chamber by its slug. */
    public static final String CHAMBER_PARAMETER = "ente";

    /** An edition key: the date of the act, or {@code sha256-} and 12 hex digits of the document's checksum. */
    private static final Pattern KEY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}|sha256-[0-9a-f]{12}");

    private final RowSource source;
    private final NamedQuery editions;
    private final NamedQuery reportCounts;
    private volatile Derived derived;

    @Autowired
    public Editions(KnowledgeStore store, NamedQueries queries) {
        this((RowSource) store, queries);
    }

    private Editions(RowSource source, NamedQueries queries) {
        this.source = source;
        this.editions = queries.find("edition/editions")
                .orElseThrow(() -> new IllegalStateException("queries/edition/editions.rq is missing"));
        this.reportCounts = queries.find("edition/report-counts")
                .orElseThrow(() -> new IllegalStateException("queries/edition/report-counts.rq is missing"));
    }

    /** The editions of an in-memory dataset (tests, tools). */
    public static Editions over(Dataset dataset, NamedQueries queries) {
        return new Editions(RowSource.over(dataset), queries);
    }

    /**
     * Every edition, by chamber (in slug order) and within a chamber in date order (undated ones first, by key): the
     * last dated one of a chamber is its current one.
     */
    public List<Edition> all() {
        OptionalLong generation = source.contentGeneration();
        Derived kept = derived;
        if (kept != null && generation.isPresent() && kept.generation() == generation.getAsLong()) {
            return kept.editions();
        }
        List<Edition> editions = read();
        // Kept only if the content did not change while it was read: a page asks for the editions several times, and
        // with hundreds of editions deriving them each time costs more than the page's cached queries.
        if (generation.isPresent() && source.contentGeneration().equals(generation)) {
            derived = new Derived(generation.getAsLong(), editions);
        }
        return editions;
    }

    /** The editions as derived from the store at one content generation. */
    private record Derived(long generation, List<Edition> editions) {}

    private List<Edition> read() {
        List<Edition> read = new ArrayList<>();
        for (Map<String, String> row : Rows.of(source.select(editions, Map.of()))) {
            read.add(edition(row));
        }
        read.sort(Comparator.comparing(Edition::ente)
                .thenComparing(Edition::date, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Edition::key));
        Map<String, List<Edition>> datedByChamber = new LinkedHashMap<>();
        read.stream().filter(Edition::dated)
                .forEach(edition -> datedByChamber.computeIfAbsent(edition.ente(), e -> new ArrayList<>()).add(edition));
        return read.stream()
                .map(edition -> withNeighbours(edition, datedByChamber.getOrDefault(edition.ente(), List.of())))
                .toList();
    }

    /** The editions of one chamber, in date order; empty for a chamber the catalogue does not know. */
    public List<Edition> of(String ente) {
        return all().stream().filter(edition -> edition.ente().equals(ente)).toList();
    }

    /** The slugs of the chambers that have an edition, in order. */
    public List<String> chambers() {
        return all().stream().map(Edition::ente).distinct().toList();
    }

    /** Whether the store holds editions of more than one chamber (a national graph). */
    public boolean national() {
        return chambers().size() > 1;
    }

    /** The current edition of every chamber, in slug order. */
    public List<Edition> currents() {
        Map<String, Edition> last = new LinkedHashMap<>();
        all().forEach(edition -> last.put(edition.ente(), edition));
        return List.copyOf(last.values());
    }

    /** A chamber's most recently dated edition (an undated one only when none is dated); empty if it has none. */
    public Optional<Edition> current(String ente) {
        List<Edition> chamber = of(ente);
        return chamber.isEmpty() ? Optional.empty() : Optional.of(chamber.getLast());
    }

    /** The current edition when the store holds one chamber; empty before the first load or with several chambers. */
    public Optional<Edition> current() {
        List<Edition> currents = currents();
        return currents.size() == 1 ? Optional.of(currents.getFirst()) : Optional.empty();
    }

    /** Whether the edition is its chamber's current one. */
    public boolean isCurrent(Edition edition) {
        return current(edition.ente()).map(current -> current.id().equals(edition.id())).orElse(false);
    }

    /** The edition with this identifier ({@code {ente}/{key}}). */
    public Optional<Edition> byId(String id) {
        return all().stream().filter(edition -> edition.id().equals(id)).findFirst();
    }

    /** The edition whose dataset IRI or edition graph IRI this is. */
    public Optional<Edition> byIri(String iri) {
        return all().stream().filter(edition -> iri.equals(edition.dataset()) || iri.equals(edition.graph()))
                .findFirst();
    }

    /**
     * {@link #resolve(String, String)} in the chamber of the request being answered, if it names one: its
     * {@code ?ente=}, or the chamber in its path ({@link ChamberIris#slugOf(String)}).
     */
    public Edition resolve(String key) {
        return resolve(key, requestedChamber().orElse(null));
    }

    /** The chamber the request being answered names ({@code ?ente=}, or in its path), if any. */
    public static Optional<String> requestedChamber() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return Optional.empty();
        }
        HttpServletRequest request = attributes.getRequest();
        String given = request.getParameter(CHAMBER_PARAMETER);
        if (given != null && !given.isBlank()) {
            return Optional.of(given.strip());
        }
        return ChamberIris.slugOf(request.getRequestURI().substring(request.getContextPath().length()));
    }

    /**
     * The edition a request names with {@code ?edizione=}, in the chamber {@code ente} when the context gives one (the
     * chamber of the resource asked for, or {@code ?ente=}): absent or blank, the chamber's current edition (with no
     * chamber, the only chamber's, else 400 listing the chambers); {@code {ente}/{key}}, that edition; a bare key, the
     * one edition that has it (400 listing the candidates when several chambers have it). 400 when malformed, 404 when
     * unknown, 503 while the store holds no edition.
     */
    public Edition resolve(String key, String ente) {
        String chamber = ente == null || ente.isBlank() ? null : checkedChamber(ente.strip());
        if (key == null || key.isBlank()) {
            if (chamber != null) {
                return current(chamber).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "Nessuna edizione dell'ente «" + chamber + "» nel catalogo: gli enti sono in /enti / no "
                                + "edition of chamber " + chamber));
            }
            List<Edition> currents = currents();
            if (currents.isEmpty()) {
                throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE,
                        "Nessuna edizione dell'organigramma è ancora caricata / no edition is loaded yet");
            }
            if (currents.size() > 1) {
                throw new ChamberRequired(currents.stream().map(Edition::ente).toList());
            }
            return currents.getFirst();
        }
        String wanted = key.strip();
        if (!isKey(wanted)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Parametro edizione non valido: «" + key
                    + "». Un'edizione si indica con l'ente e la data (es. cciaa-di-foggia/2025-01-01), o con la sola "
                    + "data (AAAA-MM-GG) quando un solo ente ne ha una con quella data / invalid edizione parameter: "
                    + "{ente}/{YYYY-MM-DD}, or a bare date that names one edition");
        }
        if (wanted.contains("/")) {
            return byId(wanted).orElseThrow(() -> unknown(wanted));
        }
        List<Edition> candidates = all().stream().filter(edition -> edition.key().equals(wanted))
                .filter(edition -> chamber == null || edition.ente().equals(chamber)).toList();
        if (candidates.isEmpty()) {
            throw unknown(chamber == null ? wanted : chamber + "/" + wanted);
        }
        if (candidates.size() > 1) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "L'edizione «" + wanted + "» è ambigua: "
                    + "più enti ne hanno una con questa data. Indicare l'ente: " + candidates.stream()
                            .map(edition -> "edizione=" + edition.id()).collect(Collectors.joining(", "))
                    + " / ambiguous edition: candidates " + candidates.stream().map(Edition::id)
                            .collect(Collectors.joining(", ")));
        }
        return candidates.getFirst();
    }

    /** A page that shows one chamber was asked for without one, in a store of several: the candidates, in 400. */
    public static final class ChamberRequired extends ResponseStatusException {
        private final List<String> chambers;

        ChamberRequired(List<String> chambers) {
            super(HttpStatus.BAD_REQUEST, "Il servizio pubblica più enti: indicare quale con ?ente= ("
                    + String.join(", ", chambers) + "); l'elenco è in /enti / several chambers: choose one with "
                    + "?ente=");
            this.chambers = chambers;
        }

        /** The slugs of the chambers one may choose. */
        public List<String> chambers() {
            return chambers;
        }
    }

    private static String checkedChamber(String ente) {
        if (!ChamberIris.SLUG.matcher(ente).matches() || ente.length() > 200) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Parametro ente non valido: «" + ente
                    + "»: un ente si indica con il suo identificativo (es. cciaa-di-foggia) / invalid ente parameter");
        }
        return ente;
    }

    private static ResponseStatusException unknown(String id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND,
                "Nessuna edizione «" + id + "» nel catalogo: l'elenco è in /edizioni / no edition " + id);
    }

    /** An edition's validation report in brief: when it was made (null if it does not say) and its results by severity. */
    public record ReportCounts(Instant created, long violations, long warnings, long infos) {}

    /** The editions' reports in brief, by edition dataset IRI ({@code queries/edition/report-counts.rq}). */
    public Map<String, ReportCounts> reportCounts() {
        Map<String, ReportCounts> counts = new LinkedHashMap<>();
        for (Map<String, String> row : Rows.of(source.select(reportCounts, Map.of()))) {
            counts.put(row.get("dataset"), new ReportCounts(instant(row.get("created")),
                    Long.parseLong(row.get("violations")), Long.parseLong(row.get("warnings")),
                    Long.parseLong(row.get("infos"))));
        }
        return counts;
    }

    private static Instant instant(String dateTime) {
        try {
            return dateTime == null ? null : OffsetDateTime.parse(dateTime).toInstant();
        } catch (DateTimeParseException notADateTime) {
            return null;
        }
    }

    /** The text of the editions query, for the history page's "see the SPARQL" link. */
    public String queryText() {
        return editions.textWith(Map.of());
    }

    /**
     * Whether the text has the form of an edition key (a real calendar date, or a checksum key), alone or after a
     * chamber's slug and a slash ({@code cciaa-di-foggia/2025-01-01}).
     */
    public static boolean isKey(String text) {
        if (text != null && text.indexOf('/') > 0 && text.indexOf('/') == text.lastIndexOf('/')) {
            String ente = text.substring(0, text.indexOf('/'));
            return ChamberIris.SLUG.matcher(ente).matches() && isKey(text.substring(text.indexOf('/') + 1));
        }
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
        String graph = ChamberIris.graphOfEdition(dataset).orElse(null);
        LocalDate date = date(row.get("date"));
        return new Edition(ente, row.get("chamber"), row.get("chamberName"), key, dataset, graph, row.get("title"), date,
                Optional.ofNullable(date(row.get("validFrom"))).orElse(date), date(row.get("validTo")),
                row.get("sourceFile"), row.get("checksum"), row.get("mapScheme"), row.get("reportGraph"),
                row.get("previous"));
    }

    /**
     * The validity's end and the previous edition, from the chamber's dated editions around it when the catalogue
     * lacks them.
     */
    private static Edition withNeighbours(Edition edition, List<Edition> dated) {
        if (!edition.dated()) {
            return edition;
        }
        int at = dated.indexOf(edition);
        LocalDate validTo = edition.validTo() != null || at == dated.size() - 1 ? edition.validTo()
                : dated.get(at + 1).date();
        String previous = edition.previous() != null || at == 0 ? edition.previous() : dated.get(at - 1).dataset();
        return new Edition(edition.ente(), edition.chamber(), edition.chamberName(), edition.key(), edition.dataset(), edition.graph(), edition.catalogueTitle(),
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
