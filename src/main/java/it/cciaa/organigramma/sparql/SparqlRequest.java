package it.cciaa.organigramma.sparql;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * A request to the endpoint, as read from GET, a form POST or a direct POST (SPARQL 1.1 Protocol, 2.1). Updates in
 * any of these forms are refused here.
 *
 * @param query the query text, or null when none was sent (the endpoint then describes itself)
 * @param defaultGraphs {@code default-graph-uri} values
 * @param namedGraphs {@code named-graph-uri} values
 * @param format {@code ?format=}, or null
 * @param accept the {@code Accept} header, or null
 */
public record SparqlRequest(String query, List<String> defaultGraphs, List<String> namedGraphs, String format,
        String accept) {

    private static final MediaType SPARQL_QUERY = MediaType.parseMediaType("application/sparql-query");
    private static final MediaType SPARQL_UPDATE = MediaType.parseMediaType("application/sparql-update");

    /** A GET: everything in the URL. */
    static SparqlRequest ofGet(HttpServletRequest request) {
        refuseUpdate(request);
        return withQuery(request, single(request, "query"));
    }

    /** A POST: a form ({@code query=} in the body), or the query itself ({@code application/sparql-query}). */
    static SparqlRequest ofPost(HttpServletRequest request) throws IOException {
        MediaType contentType;
        try {
            contentType = request.getContentType() == null ? null : MediaType.parseMediaType(request.getContentType());
        } catch (InvalidMediaTypeException e) {
            throw unsupported(request.getContentType());
        }
        SparqlRequest read;
        if (contentType != null && contentType.isCompatibleWith(SPARQL_UPDATE)) {
            throw QueryPolicy.readOnly();
        } else if (contentType != null && contentType.isCompatibleWith(SPARQL_QUERY)) {
            read = withQuery(request, body(request, contentType));
        } else if (contentType == null || contentType.isCompatibleWith(MediaType.APPLICATION_FORM_URLENCODED)) {
            refuseUpdate(request);
            read = withQuery(request, single(request, "query"));
        } else {
            throw unsupported(contentType.toString());
        }
        if (!read.hasQuery()) {
            throw new SparqlRequestException(HttpStatus.BAD_REQUEST,
                    "Manca la query: usare il parametro query= / no query: use the query= parameter.");
        }
        return read;
    }

    /** Whether the request carries a query. */
    public boolean hasQuery() {
        return query != null;
    }

    /** Whether whoever asked would rather read a page: {@code format=html}, or HTML preferred by {@code Accept}. */
    public boolean wantsPage() {
        try {
            return FormatChooser.choose(format, accept, List.of(AnswerFormat.JSON, AnswerFormat.TURTLE,
                    AnswerFormat.HTML), "") == AnswerFormat.HTML;
        } catch (SparqlRequestException notAFormatForAPage) {
            return false;
        }
    }

    private static SparqlRequest withQuery(HttpServletRequest request, String query) {
        return new SparqlRequest(query, values(request, "default-graph-uri"), values(request, "named-graph-uri"),
                request.getParameter("format"), request.getHeader(HttpHeaders.ACCEPT));
    }

    private static void refuseUpdate(HttpServletRequest request) {
        if (request.getParameter("update") != null) {
            throw QueryPolicy.readOnly();
        }
    }

    private static String single(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        if (values != null && values.length > 1) {
            throw new SparqlRequestException(HttpStatus.BAD_REQUEST,
                    "Un solo parametro " + name + "= / only one " + name + "= parameter, please.");
        }
        return values == null ? null : values[0];
    }

    private static List<String> values(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? List.of() : Arrays.stream(values).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    /** The body of a direct POST, in its charset (UTF-8 unless told), refused beyond the longest query. */
    private static String body(HttpServletRequest request, MediaType contentType) throws IOException {
        Charset charset = contentType.getCharset() == null ? StandardCharsets.UTF_8 : contentType.getCharset();
        byte[] bytes = request.getInputStream().readNBytes(QueryPolicy.MAX_QUERY_LENGTH * 4 + 1);
        if (bytes.length > QueryPolicy.MAX_QUERY_LENGTH * 4) {
            throw new SparqlRequestException(HttpStatus.CONTENT_TOO_LARGE, "Query troppo lunga: al massimo "
                    + QueryPolicy.MAX_QUERY_LENGTH + " caratteri. / Query too long: at most "
                    + QueryPolicy.MAX_QUERY_LENGTH + " characters.");
        }
        return new String(bytes, charset);
    }

    private static SparqlRequestException unsupported(String contentType) {
        return new SparqlRequestException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Tipo di contenuto non ammesso "
                + contentType + ": usare application/x-www-form-urlencoded (query=…) o application/sparql-query. / "
                + "Unsupported content type " + contentType + ": use application/x-www-form-urlencoded (query=…) or "
                + "application/sparql-query.");
    }
}
