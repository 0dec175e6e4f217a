package it.cciaa.organigramma.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import it.cciaa.organigramma.web.Message;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Search as JSON for other sites and scripts, open to any origin (CORS):
 * {@code /api/search?q=…[&kind=unit|process|activity|law][&ente=…][&limit=N][&offset=N]} answers a page of results,
 * {@code /api/suggest?q=…[&ente=…][&limit=N]} the completions of what is being typed. A unit's hit names its chamber
 * ({@code chamber}: {@code ente} and {@code name}); {@code ente} keeps one chamber's units, and the processes,
 * activities and laws every chamber shares. Bad parameters (an unknown chamber too) answer 400 with a problem
 * detail, and 503 until the index is first built.
 */
@RestController
@CrossOrigin(origins = "*", methods = RequestMethod.GET)
class SearchApiController {
    static final int DEFAULT_LIMIT = 20;
    static final int DEFAULT_SUGGESTIONS = 10;
    static final int MOST_SUGGESTIONS = 50;

    private final SearchIndex index;

    SearchApiController(SearchIndex index) {
        this.index = index;
    }

    @Operation(summary = "Full-text search over units, processes, activities and laws",
            description = "Italian analysis (accents, case, elision and plurals do not matter); a code such as C2.7.5 "
                    + "or 2.1 finds its resource first. Results are ranked, with a snippet and counts by kind. Units "
                    + "are those of every chamber's current edition, each hit naming its chamber; ente keeps one "
                    + "chamber's units (processes, activities and laws are shared by every chamber and stay).")
    @GetMapping(path = "/api/search", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SearchResults> search(
            @Parameter(description = "words or a code, 1 to 200 characters", example = "tributi")
            @RequestParam(name = "q", required = false) String q,
            @Parameter(description = "only results of this kind: unit, process, activity or law")
            @RequestParam(name = "kind", required = false) String kind,
            @Parameter(description = "only the units of this chamber, by its identifier", example = "cciaa-di-foggia")
            @RequestParam(name = SearchRequest.ENTE_PARAMETER, required = false) String ente,
            @Parameter(description = "results per page, 1 to 100 (default 20)")
            @RequestParam(name = "limit", required = false) String limit,
            @Parameter(description = "ranked results to skip, 0 to 10000 (default 0)")
            @RequestParam(name = "offset", required = false) String offset) {
        SearchRequest search = new SearchRequest(q, kind(kind), SearchRequest.readEnte(ente),
                number("offset", offset, 0, 0, SearchRequest.LARGEST_OFFSET),
                number("limit", limit, DEFAULT_LIMIT, 1, SearchRequest.LARGEST_LIMIT));
        return ResponseEntity.ok(index.search(search));
    }

    @Operation(summary = "Completions of what is being typed in a search box",
            description = "Labels with words starting with each typed word (accents and case do not matter), best "
                    + "first: the resource whose code was typed, labels starting with the text, then the rest.")
    @GetMapping(path = "/api/suggest", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<List<Suggestion>> suggest(
            @Parameter(description = "the text typed so far, 1 to 200 characters", example = "regis")
            @RequestParam(name = "q", required = false) String q,
            @Parameter(description = "only the units of this chamber, by its identifier", example = "cciaa-di-foggia")
            @RequestParam(name = SearchRequest.ENTE_PARAMETER, required = false) String ente,
            @Parameter(description = "most completions, 1 to 50 (default 10)")
            @RequestParam(name = "limit", required = false) String limit) {
        String typed = q == null ? "" : q.strip();
        if (typed.isEmpty() || typed.length() > SearchRequest.LONGEST_TEXT) {
            throw new InvalidSearchException("Il parametro q va da 1 a " + SearchRequest.LONGEST_TEXT
                    + " caratteri / q must be 1 to " + SearchRequest.LONGEST_TEXT + " characters");
        }
        Optional<String> chamber = SearchRequest.readEnte(ente);
        int most = number("limit", limit, DEFAULT_SUGGESTIONS, 1, MOST_SUGGESTIONS);
        return ResponseEntity.ok(index.suggest(typed, chamber, most));
    }

    @ExceptionHandler(InvalidSearchException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidSearchException e, HttpServletRequest request,
            HttpServletResponse response) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                        Message.of(e.getMessage()).textFor(request, response)));
    }

    @ExceptionHandler(SearchUnavailableException.class)
    ResponseEntity<ProblemDetail> unavailable(SearchUnavailableException e, HttpServletRequest request,
            HttpServletResponse response) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, SearchUnavailableException.RETRY_AFTER_SECONDS)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                        Message.of(e.getMessage()).textFor(request, response)));
    }

    private static Optional<Kind> kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Kind.fromCode(kind.strip()).orElseThrow(() -> new InvalidSearchException(
                "kind sconosciuto / unknown kind: use one of "
                        + String.join(", ", Arrays.stream(Kind.values()).map(Kind::code).toList()))));
    }

    private static int number(String name, String value, int absent, int least, int most) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= least && number <= most) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        throw new InvalidSearchException(name + " deve essere un intero da " + least + " a " + most + " / " + name
                + " must be an integer from " + least + " to " + most);
    }
}
