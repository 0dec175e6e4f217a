package it.cciaa.organigramma.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import it.cciaa.organigramma.language.Message;
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

    @Operation(summary = "Ricerca testuale fra unità, processi, attività e norme",
            description = "Analisi per l'italiano (accenti, maiuscole, elisioni e plurali non contano); un codice come "
                    + "C2.7.5 o 2.1 trova per prima la sua risorsa. I risultati sono ordinati per pertinenza, con un "
                    + "estratto e i conteggi per tipo. Le unità sono quelle dell'edizione corrente di ogni ente, e ogni "
                    + "risultato nomina il suo ente; ente tiene le unità di un solo ente (processi, attività e norme "
                    + "sono comuni a tutti gli enti e restano).")
    @GetMapping(path = "/api/search", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SearchResults> search(
            @Parameter(description = "parole o un codice, da 1 a 200 caratteri", example = "tributi")
            @RequestParam(name = "q", required = false) String q,
            @Parameter(description = "solo i risultati di questo tipo: unit (unità), process (processo), activity (attività) o law (norma)")
            @RequestParam(name = "kind", required = false) String kind,
            @Parameter(description = "solo le unità di questo ente, indicato con il suo identificativo", example = "cciaa-di-foggia")
            @RequestParam(name = SearchRequest.ENTE_PARAMETER, required = false) String ente,
            @Parameter(description = "risultati per pagina, da 1 a 100 (predefinito 20)")
            @RequestParam(name = "limit", required = false) String limit,
            @Parameter(description = "risultati da saltare, da 0 a 10000 (predefinito 0)")
            @RequestParam(name = "offset", required = false) String offset) {
        SearchRequest search = new SearchRequest(q, kind(kind), SearchRequest.readEnte(ente),
                number("offset", offset, 0, 0, SearchRequest.LARGEST_OFFSET),
                number("limit", limit, DEFAULT_LIMIT, 1, SearchRequest.LARGEST_LIMIT));
        return ResponseEntity.ok(index.search(search));
    }

    @Operation(summary = "Completamenti di ciò che si sta scrivendo in una casella di ricerca",
            description = "Nomi con parole che iniziano con ogni parola scritta (accenti e maiuscole non contano), i "
                    + "migliori prima: la risorsa di cui si è scritto il codice, i nomi che iniziano con il testo, poi "
                    + "gli altri.")
    @GetMapping(path = "/api/suggest", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<List<Suggestion>> suggest(
            @Parameter(description = "il testo scritto finora, da 1 a 200 caratteri", example = "regis")
            @RequestParam(name = "q", required = false) String q,
            @Parameter(description = "solo le unità di questo ente, indicato con il suo identificativo", example = "cciaa-di-foggia")
            @RequestParam(name = SearchRequest.ENTE_PARAMETER, required = false) String ente,
            @Parameter(description = "numero massimo di completamenti, da 1 a 50 (predefinito 10)")
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
