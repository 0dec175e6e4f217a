package it.cciaa.organigramma.sparql;

import it.cciaa.organigramma.store.KgProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.jena.query.QueryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.ModelAndView;

/**
 * The public SPARQL 1.1 endpoint {@code /sparql}: queries by GET, form POST and direct POST; the service description
 * (GET without a query, RDF) and the query page (GET without a query, HTML). Read-only, and open to every origin.
 */
@Controller
@CrossOrigin(origins = "*", methods = {RequestMethod.GET, RequestMethod.POST, RequestMethod.HEAD},
        exposedHeaders = {AnswerSender.TRUNCATED, AnswerSender.LIMIT}, maxAge = 86_400)
class SparqlController {
    private static final Logger LOG = LoggerFactory.getLogger(SparqlController.class);
    private static final MediaType SPARQL_QUERY = MediaType.parseMediaType("application/sparql-query");
    private static final MediaType SPARQL_UPDATE = MediaType.parseMediaType("application/sparql-update");

    private final QueryPolicy policy;
    private final StoreGraphs graphs;
    private final PublicQueryRunner runner;
    private final AnswerWriter writer;
    private final SparqlPages pages;
    private final KgProperties properties;

    SparqlController(KgProperties properties, StoreGraphs graphs, PublicQueryRunner runner, SparqlPages pages,
) {
        this.policy = new QueryPolicy(properties.baseIri(), properties.maxRows());
        this.graphs = graphs;
        this.runner = runner;
        this.writer = new AnswerWriter(properties.maxRows(), properties.maxBytes());
        this.pages = pages;
        this.properties = properties;
    }

    @GetMapping("/sparql")
    ModelAndView get(HttpServletRequest request, HttpServletResponse response) {
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        SparqlRequest sparql = null;
        try {
            refuseUpdate(request);
            sparql = fromParameters(request, single(request, "query"));
            return sparql.hasQuery() ? answer(sparql, request, response) : describe(sparql, request, response);
        } catch (SparqlRequestException e) {
            return refuse(e, sparql, request, response);
        }
    }

    @PostMapping("/sparql")
    ModelAndView post(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        SparqlRequest sparql = null;
        try {
            MediaType contentType = request.getContentType() == null ? null
                    : MediaType.parseMediaType(request.getContentType());
            if (contentType != null && contentType.isCompatibleWith(SPARQL_UPDATE)) {
                throw QueryPolicy.readOnly();
            }
            if (contentType != null && contentType.isCompatibleWith(SPARQL_QUERY)) {
                sparql = fromParameters(request, body(request, contentType));
            } else if (contentType == null || contentType.isCompatibleWith(MediaType.APPLICATION_FORM_URLENCODED)) {
                refuseUpdate(request);
                sparql = fromParameters(request, single(request, "query"));
            } else {
                throw new SparqlRequestException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Tipo di contenuto non ammesso / "
                        + "unsupported content type " + contentType + ": usare / use application/x-www-form-urlencoded "
                        + "(query=…) o / or application/sparql-query.");
            }
            if (!sparql.hasQuery()) {
                throw new SparqlRequestException(HttpStatus.BAD_REQUEST,
                        "Manca la query: usare il parametro query= / no query: use the query= parameter.");
            }
            return answer(sparql, request, response);
        } catch (SparqlRequestException e) {
            return refuse(e, sparql, request, response);
        }
    }

    /** Runs a query and sends its answer in the negotiated format (the page for browsers). */
    private ModelAndView answer(SparqlRequest sparql, HttpServletRequest request, HttpServletResponse response) {
        AdmittedQuery admitted = withStore(() -> policy.admit(sparql.query(), sparql.defaultGraphs(),
                sparql.namedGraphs(), graphs::contains));
        AnswerFormat format = FormatChooser.choose(sparql.format(), sparql.accept(), admitted.answersWithGraph()
                ? AnswerFormat.FOR_GRAPHS : AnswerFormat.FOR_RESULTS, "una query " + admitted.form());
        if (cacheable && new ServletWebRequest(request, response).checkNotModified(
                entityTag(sparql, format), version.modified().toEpochMilli())) {
            return null;
        }
        QueryAnswer answer = runner.run(admitted);
        if (format == AnswerFormat.HTML) {
            WrittenAnswer turtle = answer instanceof QueryAnswer.Triples ? writer.write(answer, AnswerFormat.TURTLE) : null;
            return page(pages.answered(sparql, admitted, answer, turtle), request);
        }
        AnswerSender.send(writer.write(answer, format), response);
        return null;
    }

    /** GET without a query: the query page for browsers, else the service description. */
    private ModelAndView describe(SparqlRequest sparql, HttpServletRequest request, HttpServletResponse response) {
        AnswerFormat format = FormatChooser.choose(sparql.format(), sparql.accept(), AnswerFormat.FOR_DESCRIPTION,
                "la descrizione del servizio");
        if (format == AnswerFormat.HTML) {
            return page(withStore(() -> pages.form(sparql, null)), request);
        }
        String endpoint = request.getRequestURL().toString();
        byte[] description = AnswerWriter.write(withStore(() -> ServiceDescription.of(endpoint, graphs.all(),
                runner.timeoutText(), properties.maxRows(), properties.maxBytes())).getGraph(), format);
        AnswerSender.send(new WrittenAnswer(description, format, Optional.empty(), 0), response);
        return null;
    }

    private ModelAndView refuse(SparqlRequestException refusal, SparqlRequest sparql, HttpServletRequest request,
            HttpServletResponse response) {
        if (sparql != null && sparql.wantsPage()) {
            try {
                ModelAndView page = page(pages.form(sparql, refusal.getMessage()), request);
                page.setStatus(refusal.status());
                return page;
            } catch (RuntimeException storeDown) {
                LOG.debug("The page of a refused query cannot list the store's graphs", storeDown);
            }
        }
        AnswerSender.sendMessage(refusal, response);
        return null;
    }

    private static ModelAndView page(SparqlPage page, HttpServletRequest request) {
        return new ModelAndView("sparql/page", Map.of("page", page, "endpoint", request.getRequestURL().toString()));
    }

    /** Anything unforeseen: logged here, a plain 500 for the client. */
    @ExceptionHandler(RuntimeException.class)
    ModelAndView unforeseen(RuntimeException failure, HttpServletResponse response) {
        LOG.error("The SPARQL endpoint failed", failure);
        if (!response.isCommitted()) {
            AnswerSender.sendMessage(new SparqlRequestException(HttpStatus.INTERNAL_SERVER_ERROR,
                    "Errore interno del servizio. / Internal error of the service."), response);
        }
        return null;
    }

    private static SparqlRequest fromParameters(HttpServletRequest request, String query) {
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
            throw new SparqlRequestException(HttpStatus.CONTENT_TOO_LARGE,
                    "Query troppo lunga / query too long: al massimo / at most " + QueryPolicy.MAX_QUERY_LENGTH
                            + " caratteri / characters.");
        }
        return new String(bytes, charset);
    }

    /** Runs a step that reads the store (its graph names): a store that cannot answer is a 502. */
    private static <T> T withStore(Supplier<T> step) {
        try {
            return step.get();
        } catch (QueryException e) {
            LOG.warn("The store cannot list its graphs: {}", e.toString());
            throw new SparqlRequestException(HttpStatus.BAD_GATEWAY, "L'archivio non è raggiungibile: riprovare più "
                    + "tardi. / The store cannot be reached: try again later.");
        }
    }
}
