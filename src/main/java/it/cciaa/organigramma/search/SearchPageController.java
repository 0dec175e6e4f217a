package it.cciaa.organigramma.search;

import static it.cciaa.organigramma.table.Table.column;

import it.cciaa.organigramma.linkeddata.LinkedDataLinks;
import it.cciaa.organigramma.language.Message;
import it.cciaa.organigramma.table.PageTables;
import it.cciaa.organigramma.table.Table;
import it.cciaa.organigramma.table.TableForm;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The search page, {@code /cerca?q=…[&tipo=unita|processo|attivita|norma][&ente=…][&pagina=N]}: the form, and the
 * ranked results of {@link SearchIndex} twenty to a page, with counts by kind, each unit naming its chamber. The form
 * offers a chamber filter when the index holds several chambers. Without {@code q} it shows the form only. The same
 * page of results as JSON ({@link SearchResults}, as {@code /api/search} gives it) for {@code application/json} or
 * {@code ?format=json}, and as CSV ({@link #table}) for {@code text/csv} or {@code ?format=csv}; those need {@code q}.
 */
@Controller
class SearchPageController {
    static final String PATH = "/cerca";
    static final int PAGE_SIZE = 20;
    private static final int LAST_PAGE = SearchRequest.LARGEST_OFFSET / PAGE_SIZE + 1;

    /** Where a law's page is: ELI IRIs are not ours, so the page takes the IRI as a parameter. */
    static final String LAW_PAGE = "/norme/atto?iri=";

    private static final DateTimeFormatter BUILT_AT = DateTimeFormatter.ofPattern("d/M/yyyy 'alle' HH:mm")
            .withZone(ZoneId.of("Europe/Rome"));

    private final SearchIndex index;
    private final LinkedDataLinks links;
    private final SearchQueries queries;

    SearchPageController(SearchIndex index, LinkedDataLinks links, SearchQueries queries) {
        this.index = index;
        this.links = links;
        this.queries = queries;
    }

    @GetMapping(PATH)
    Object page(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "tipo", required = false) String tipo,
            @RequestParam(name = SearchRequest.ENTE_PARAMETER, required = false) String ente,
            @RequestParam(name = "pagina", required = false) String pagina,
            @RequestParam(name = "format", required = false) String format,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        TableForm form = TableForm.of(format, accept);
        if (form != TableForm.HTML) {
            return data(form, q, tipo, ente, pagina, request.getParameter(PageTables.PARAMETER), response);
        }
        String text = q == null ? "" : q.strip();
        model.addAttribute("q", text);
        model.addAttribute("tipo", tipo == null ? "" : tipo);
        model.addAttribute("ente", ente == null ? "" : ente.strip());
        model.addAttribute("kinds", Arrays.asList(Kind.values()));
        model.addAttribute("chambers", index.chambers());
        model.addAttribute("title", text.isEmpty() ? "Cerca" : "Cerca «" + SearchRequest.abbreviated(text) + "»");
        model.addAttribute("documentsQuery", queries.documentsQueryText());
        index.builtAt().ifPresent(builtAt -> model.addAttribute("builtAt", BUILT_AT.format(builtAt)));
        try {
            Optional<Kind> kind = kind(tipo);
            Optional<String> chamber = SearchRequest.readEnte(ente);
            int page = page(pagina);
            if (text.isEmpty()) {
                return "search/search";
            }
            SearchResults results = index.search(new SearchRequest(text, kind, chamber, (page - 1) * PAGE_SIZE,
                    PAGE_SIZE));
            model.addAttribute("results", results);
            model.addAttribute("pageLinks", new SearchPageLinks(text, kind, chamber));
            model.addAttribute("links", results.hits().stream().collect(
                    Collectors.toMap(SearchHit::iri, this::href, (one, same) -> one)));
            model.addAttribute("page", page);
            model.addAttribute("pages", Math.max(1, Math.min(LAST_PAGE, (results.total() + PAGE_SIZE - 1) / PAGE_SIZE)));
            model.addAttribute("csv", tables(results).links(request));
        } catch (InvalidSearchException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", Message.of(e.getMessage()).italian()); // the page is Italian
        } catch (SearchUnavailableException e) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, SearchUnavailableException.RETRY_AFTER_SECONDS);
            model.addAttribute("problem", Message.of(e.getMessage()).italian()); // the page is Italian
        }
        return "search/search";
    }

    /** The page of results as JSON or CSV; 400 for a request the page would answer with a problem, 503 for no index yet. */
    private Object data(TableForm form, String q, String tipo, String ente, String pagina, String table,
            HttpServletResponse response) {
        SearchResults results;
        try {
            results = index.search(new SearchRequest(q == null ? "" : q.strip(), kind(tipo),
                    SearchRequest.readEnte(ente), (page(pagina) - 1) * PAGE_SIZE, PAGE_SIZE));
        } catch (InvalidSearchException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        } catch (SearchUnavailableException e) {
            response.setHeader(HttpHeaders.RETRY_AFTER, SearchUnavailableException.RETRY_AFTER_SECONDS);
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        }
        if (form == TableForm.JSON) {
            return ResponseEntity.ok().varyBy(HttpHeaders.ACCEPT).contentType(MediaType.APPLICATION_JSON)
                    .body(results);
        }
        return tables(results).csv(table);
    }

    /** The page's one table, its results ({@code risultati}). */
    private PageTables tables(SearchResults results) {
        return new PageTables("cerca").with("risultati", () -> table(results));
    }

    /** The results as a table: what each hit is, its code, name, chamber and snippet, and where its page is. */
    private Table table(SearchResults results) {
        return Table.of(List.of(column("tipo", "Tipo"), column("codice", "Codice"), column("nome", "Nome"),
                column("categoria", "Categoria"), column("ente", "Ente"), column("estratto", "Estratto"),
                column("pagina", "Pagina"), column("iri", "IRI")), results.hits(),
                hit -> List.of(hit.kind().label(), hit.notation(), hit.label(), hit.category(),
                        hit.chamber().map(Chamber::name).orElse(""), hit.snippet(), href(hit), hit.iri()));
    }

    /** A result's page: a law's page, or the resource's own page for the rest. */
    private String href(SearchHit hit) {
        return hit.kind() == Kind.LAW ? LAW_PAGE + URLEncoder.encode(hit.iri(), StandardCharsets.UTF_8)
                : links.href(hit.iri());
    }

    private static Optional<Kind> kind(String tipo) {
        if (tipo == null || tipo.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Kind.fromItalianCode(tipo).orElseThrow(() -> new InvalidSearchException(
                "Tipo sconosciuto: usa " + String.join(", ", kindParameters()) + " / unknown tipo")));
    }

    private static List<String> kindParameters() {
        return Arrays.stream(Kind.values()).map(Kind::italianCode).toList();
    }

    private static int page(String pagina) {
        if (pagina == null || pagina.isBlank()) {
            return 1;
        }
        try {
            int page = Integer.parseInt(pagina.strip());
            if (page >= 1 && page <= LAST_PAGE) {
                return page;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        throw new InvalidSearchException("La pagina va da 1 a " + LAST_PAGE + " / pagina must be from 1 to " + LAST_PAGE);
    }
}
