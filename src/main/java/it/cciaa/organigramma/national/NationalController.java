package it.cciaa.organigramma.national;

import it.cciaa.organigramma.edition.Edition;
import it.cciaa.organigramma.edition.Editions;
import it.cciaa.organigramma.table.Table;
import it.cciaa.organigramma.table.TableForm;
import it.cciaa.organigramma.table.TablePage;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.graph.NodeFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The national views, every chamber's current edition side by side: the chambers ({@code /enti}), who holds a code of
 * the map in each chamber ({@code /enti/attivita?codice=}), the coverage matrix chambers × level-2 processes
 * ({@code /enti/copertura}), the activities a chamber assigns to no office ({@code /enti/non-assegnate?ente=}) and two
 * chambers compared ({@code /enti/confronto?a=&b=}). Each as a page, JSON and CSV ({@link TableForm}); listings page
 * with {@code limit} and {@code offset} and say so in {@code Link} headers.
 */
@Controller
class NationalController {
    static final String PATH = "/enti";
    private static final Pattern NOTATION = Pattern.compile("[A-F]\\d+(\\.\\d+){0,3}");

    private final NationalQueries queries;
    private final Editions editions;

    NationalController(NationalQueries queries, Editions editions) {
        this.queries = queries;
        this.editions = editions;
    }

    @GetMapping(PATH)
    Object chambers(@RequestParam(name = "format", required = false) String format,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
            @RequestParam(name = "limit", required = false) String limit,
            @RequestParam(name = "offset", required = false) String offset, HttpServletResponse response) {
        List<Map<String, String>> rows = withDetails(queries.chambers(), queries.chamberDetails());
        Table table = new Table(queries.columns(NationalQueries.CHAMBERS), rows);
        return TableForm.of(format, accept).answer(table, TablePage.of(limit, offset, PATH), "enti",
                () -> new ModelAndView("national/chambers")
                        .addObject("chambers", rows)
                        .addObject("sparql", queries.queryText(NationalQueries.CHAMBERS, Map.of())), response);
    }

    @GetMapping(PATH + "/attivita")
    Object activity(@RequestParam(name = "codice", required = false) String code,
            @RequestParam(name = "format", required = false) String format,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
            @RequestParam(name = "limit", required = false) String limit,
            @RequestParam(name = "offset", required = false) String offset, HttpServletResponse response) {
        TableForm form = TableForm.of(format, accept);
        if (code == null || code.isBlank()) {
            if (form == TableForm.HTML) {
                response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
                return new ModelAndView("national/activity").addObject("code", "").addObject("holders", List.of());
            }
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Parametro «codice» mancante: un codice della "
                    + "mappa dei processi, es. C2.6.1.1 / missing codice parameter");
        }
        String notation = code.strip();
        if (!NOTATION.matcher(notation).matches()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Parametro «codice»: «" + code + "» non è un "
                    + "codice della mappa dei processi (es. C2.6.1.1 o C2.6) / not a process-map code");
        }
        List<Map<String, String>> rows = withNames(queries.activityAcrossChambers(notation));
        Table table = new Table(queries.columns(NationalQueries.ACTIVITY_ACROSS_CHAMBERS), rows);
        return form.answer(table, TablePage.of(limit, offset, PATH + "/attivita?codice=" + notation),
                "enti-attivita-" + notation, () -> new ModelAndView("national/activity")
                        .addObject("code", notation)
                        .addObject("holders", rows)
                        .addObject("sparql", queries.queryText(NationalQueries.ACTIVITY_ACROSS_CHAMBERS,
                                Map.of("activity", NodeFactory.createLiteralString(notation)))), response);
    }

    @GetMapping(PATH + "/copertura")
    Object coverage(@RequestParam(name = "format", required = false) String format,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
            @RequestParam(name = "limit", required = false) String limit,
            @RequestParam(name = "offset", required = false) String offset, HttpServletResponse response) {
        List<Map<String, String>> rows = withNames(queries.coverage());
        Table table = new Table(queries.columns(NationalQueries.COVERAGE), rows);
        return TableForm.of(format, accept).answer(table, TablePage.of(limit, offset, PATH + "/copertura"),
                "enti-copertura", () -> new ModelAndView("national/coverage")
                        .addObject("matrix", CoverageMatrix.of(rows))
                        .addObject("sparql", queries.queryText(NationalQueries.COVERAGE, Map.of())), response);
    }

    @GetMapping(PATH + "/non-assegnate")
    Object unassigned(@RequestParam(name = Editions.CHAMBER_PARAMETER, required = false) String ente,
            @RequestParam(name = "format", required = false) String format,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
            @RequestParam(name = "limit", required = false) String limit,
            @RequestParam(name = "offset", required = false) String offset, HttpServletResponse response) {
        var edition = editions.resolve(null, ente);
        List<Map<String, String>> rows = queries.unassignedActivities(edition.chamber());
        Table table = new Table(queries.columns(NationalQueries.UNASSIGNED_ACTIVITIES), rows);
        return TableForm.of(format, accept).answer(table,
                TablePage.of(limit, offset, PATH + "/non-assegnate?ente=" + edition.ente()),
                "enti-non-assegnate-" + edition.ente(), () -> new ModelAndView("national/unassigned")
                        .addObject("edition", edition)
                        .addObject("activities", rows)
                        .addObject("sparql", queries.queryText(NationalQueries.UNASSIGNED_ACTIVITIES,
                                Map.of("ente", NodeFactory.createURI(edition.chamber())))), response);
    }

    @GetMapping(PATH + "/confronto")
    Object compare(@RequestParam(name = "a", required = false) String first,
            @RequestParam(name = "b", required = false) String second,
            @RequestParam(name = "format", required = false) String format,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, HttpServletResponse response) {
        var left = editions.resolve(null, required("a", first));
        var right = editions.resolve(null, required("b", second));
        ChamberComparison comparison = ChamberComparison.of(left, right, queries.coverage());
        Table table = comparison.table();
        return TableForm.of(format, accept).answer(table, TablePage.all(),
                "enti-confronto-" + left.ente() + "-" + right.ente(),
                () -> new ModelAndView("national/compare").addObject("comparison", comparison), response);
    }

    private static String required(String parameter, String value) {
        if (value == null || value.isBlank()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Parametro «" + parameter + "» mancante: "
                    + "l'identificativo di un ente (es. cciaa-di-foggia) / missing " + parameter + " parameter");
        }
        return value;
    }

    /**
     * The chambers' rows with the page's details ({@code national/chamber-details}) joined by chamber, and the names
     * people read of each chamber and its current edition ({@code enteName}, {@code editionTitle}).
     */
    private List<Map<String, String>> withDetails(List<Map<String, String>> chambers,
            List<Map<String, String>> details) {
        Map<String, Map<String, String>> byChamber = new LinkedHashMap<>();
        details.forEach(row -> byChamber.put(row.get("ente"), row));
        List<Map<String, String>> joined = new ArrayList<>();
        for (Map<String, String> chamber : chambers) {
            Map<String, String> row = new LinkedHashMap<>(byChamber.getOrDefault(chamber.get("ente"), Map.of()));
            row.putAll(chamber);
            editions.byId(chamber.getOrDefault("edition", "")).ifPresent(edition -> {
                row.put("editionTitle", edition.title());
                row.put("enteName", edition.chamberLabel());
            });
            joined.add(row);
        }
        return joined;
    }

    /** Rows with the chamber's name and slug added ({@code enteName}, {@code enteSlug}) for the pages. */
    private List<Map<String, String>> withNames(List<Map<String, String>> rows) {
        Map<String, Edition> byChamber = new LinkedHashMap<>();
        editions.currents().forEach(edition -> byChamber.put(edition.chamber(), edition));
        List<Map<String, String>> named = new ArrayList<>();
        for (Map<String, String> row : rows) {
            Map<String, String> copy = new LinkedHashMap<>(row);
            var edition = byChamber.get(row.get("ente"));
            if (edition != null) {
                copy.put("enteName", edition.chamberLabel());
                copy.put("enteSlug", edition.ente());
            }
            named.add(copy);
        }
        return named;
    }
}
