package it.cciaa.organigramma.search;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

/**
 * The search page, {@code /cerca?q=…[&tipo=unita|processo|attivita|norma][&pagina=N]}: the form, and the ranked
 * results of {@link SearchIndex} twenty to a page, with counts by kind. Without {@code q} it shows the form only.
 */
@Controller
class SearchPageController {
    static final int PAGE_SIZE = 20;
    private static final int LAST_PAGE = SearchRequest.LARGEST_OFFSET / PAGE_SIZE + 1;

    private final SearchIndex index;

    SearchPageController(SearchIndex index) {
        this.index = index;
    }

    @GetMapping("/cerca")
    String page(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "tipo", required = false) String tipo,
            @RequestParam(name = "pagina", required = false) String pagina,
            Model model, WebRequest request, HttpServletResponse response) {
        String text = q == null ? "" : q.strip();
        model.addAttribute("q", text);
        model.addAttribute("tipo", tipo == null ? "" : tipo);
        model.addAttribute("kinds", Arrays.asList(Kind.values()));
        model.addAttribute("title", text.isEmpty() ? "Cerca" : "Cerca «" + abbreviated(text) + "»");
        try {
            Optional<Kind> kind = kind(tipo);
            int page = page(pagina);
            if (text.isEmpty()) {
                return "search/search";
            }
            SearchRequest search = new SearchRequest(text, kind, (page - 1) * PAGE_SIZE, PAGE_SIZE);
            if (SearchHttp.notModified(index, request)) {
                return null;
            }
            SearchResults results = index.search(search);
            model.addAttribute("results", results);
            model.addAttribute("page", page);
            model.addAttribute("pages", Math.max(1, Math.min(LAST_PAGE, (results.total() + PAGE_SIZE - 1) / PAGE_SIZE)));
        } catch (InvalidSearchException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", e.getMessage());
        } catch (SearchUnavailableException e) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, SearchHttp.RETRY_AFTER_SECONDS);
            model.addAttribute("problem", e.getMessage());
        }
        return "search/search";
    }

    private static Optional<Kind> kind(String tipo) {
        if (tipo == null || tipo.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Kind.fromParameter(tipo).orElseThrow(() -> new InvalidSearchException(
                "Tipo sconosciuto: usa " + String.join(", ", kindParameters()) + " / unknown tipo")));
    }

    private static List<String> kindParameters() {
        return Arrays.stream(Kind.values()).map(Kind::parameter).toList();
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

    private static String abbreviated(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }
}
