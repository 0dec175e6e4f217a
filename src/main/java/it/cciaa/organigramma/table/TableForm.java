package it.cciaa.organigramma.table;

import it.cciaa.organigramma.linkeddata.Representation;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The forms of a page that is a table and has no RDF of its own (the national views, search): the page, JSON
 * ({@code {"columns", "rows", "offset", "limit", "total"}}) or CSV, by {@code ?format=html|json|csv} first and
 * {@code Accept} second, q-values honoured ({@link Representation#preferred}); 406 for anything else. {@link #csv}
 * is the CSV answer of every page.
 */
public enum TableForm {
    HTML, JSON, CSV;

    /** CSV with a header record (RFC 4180's {@code header} parameter), in UTF-8. */
    public static final MediaType CSV_TYPE = new MediaType("text", "csv",
            Map.of("charset", StandardCharsets.UTF_8.name(), "header", "present"));

    public static TableForm of(String format, String accept) {
        if (format != null && !format.isBlank()) {
            return switch (format.strip().toLowerCase()) {
                case "html" -> HTML;
                case "json" -> JSON;
                case "csv" -> CSV;
                default -> throw notAcceptable();
            };
        }
        for (MediaType wanted : Representation.preferred(accept)) {
            if (wanted.isWildcardType() || wanted.includes(MediaType.TEXT_HTML)) {
                return HTML;
            }
            if (wanted.includes(Representation.TEXT_CSV)) {
                return CSV;
            }
            if (wanted.isCompatibleWith(MediaType.APPLICATION_JSON)) {
                return JSON;
            }
        }
        throw notAcceptable();
    }

    /**
     * The answer in this form: the page from {@code html}, or one page of the table as JSON or as CSV (downloaded as
     * {@code fileName}.csv); {@code Vary: Accept} on each.
     */
    public Object answer(Table table, TablePage page, String fileName, Supplier<ModelAndView> html,
            HttpServletResponse response) {
        if (this == HTML) {
            response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
            return html.get();
        }
        Table shown = table.page(page.offset(), page.limit());
        ResponseEntity.BodyBuilder answer = this == CSV ? csvAnswer(fileName) : ResponseEntity.ok()
                .varyBy(HttpHeaders.ACCEPT).contentType(MediaType.APPLICATION_JSON);
        page.links(table.rows().size()).ifPresent(links -> answer.header(HttpHeaders.LINK, links));
        answer.header("X-Total-Count", String.valueOf(table.rows().size()));
        if (this == CSV) {
            return answer.body(shown.csv());
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("columns", table.keys());
        json.put("rows", shown.rows());
        json.put("offset", page.offset());
        json.put("limit", page.limit());
        json.put("total", table.rows().size());
        return answer.body(json);
    }

    /**
     * A table as CSV, 200, downloaded as {@code fileName}.csv ({@code Content-Disposition}; ASCII, as the pages make
     * it from slugs and dates), {@code Vary: Accept} since the same address gives the page and its data.
     */
    public static ResponseEntity<byte[]> csv(Table table, String fileName) {
        return csvAnswer(fileName).body(table.csv());
    }

    private static ResponseEntity.BodyBuilder csvAnswer(String fileName) {
        return ResponseEntity.ok().varyBy(HttpHeaders.ACCEPT).contentType(CSV_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName + ".csv").build().toString());
    }

    private static ResponseStatusException notAcceptable() {
        return new ResponseStatusException(HttpStatus.NOT_ACCEPTABLE,
                "Formati disponibili: text/html, application/json, text/csv (?format=html|json|csv)");
    }
}
