package it.cciaa.organigramma.national;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The forms of a national view: a page, JSON ({@code {"columns", "rows", "offset", "limit", "total"}}) or CSV, by
 * {@code ?format=html|json|csv} first and {@code Accept} second (q-values honoured); 406 for anything else.
 */
enum TableForm {
    HTML, JSON, CSV;

    private static final MediaType TEXT_CSV = new MediaType("text", "csv");

    static TableForm of(String format, String accept) {
        if (format != null && !format.isBlank()) {
            return switch (format.strip().toLowerCase()) {
                case "html" -> HTML;
                case "json" -> JSON;
                case "csv" -> CSV;
                default -> throw notAcceptable();
            };
        }
        List<MediaType> accepted;
        try {
            accepted = accept == null || accept.isBlank() ? List.of(MediaType.ALL)
                    : new java.util.ArrayList<>(MediaType.parseMediaTypes(accept));
        } catch (InvalidMediaTypeException e) {
            throw notAcceptable();
        }
        accepted = accepted.stream().sorted(Comparator.comparingDouble((MediaType m) -> -m.getQualityValue())).toList();
        for (MediaType wanted : accepted) {
            if (wanted.getQualityValue() == 0) {
                continue;
            }
            if (wanted.isWildcardType() || wanted.includes(MediaType.TEXT_HTML)) {
                return HTML;
            }
            if (wanted.includes(TEXT_CSV)) {
                return CSV;
            }
            if (wanted.isCompatibleWith(MediaType.APPLICATION_JSON)) {
                return JSON;
            }
        }
        throw notAcceptable();
    }

    /** The answer in this form: the page from {@code html}, or one page of the table as JSON or CSV. */
    Object answer(Table table, TablePage page, Supplier<ModelAndView> html) {
        if (this == HTML) {
            return html.get();
        }
        Table shown = table.page(page.offset(), page.limit());
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok().varyBy(HttpHeaders.ACCEPT);
        page.links(table.rows().size()).ifPresent(links -> answer.header(HttpHeaders.LINK, links));
        answer.header("X-Total-Count", String.valueOf(table.rows().size()));
        if (this == CSV) {
            return answer.contentType(new MediaType(TEXT_CSV, java.nio.charset.StandardCharsets.UTF_8))
                    .body(shown.csv());
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("columns", table.columns());
        json.put("rows", shown.rows());
        json.put("offset", page.offset());
        json.put("limit", page.limit());
        json.put("total", table.rows().size());
        return answer.contentType(MediaType.APPLICATION_JSON).body(json);
    }

    private static ResponseStatusException notAcceptable() {
        return new ResponseStatusException(HttpStatus.NOT_ACCEPTABLE,
                "Formati disponibili: text/html, application/json, text/csv (?format=html|json|csv)");
    }
}
