package it.cciaa.organigramma.sparql;

import it.cciaa.organigramma.store.KgProperties;
import it.cciaa.organigramma.language.Message;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.jena.query.QueryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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

    private final QueryPolicy policy;
    private final StoreGraphs graphs;
    private final PublicQueryRunner runner;
    private final AnswerWriter writer;
    private final SparqlPages pages;
    private final KgProperties properties;

    SparqlController(KgProperties properties, StoreGraphs graphs, PublicQueryRunner runner, SparqlPages pages) {
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
            sparql = SparqlRequest.ofGet(request);
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
            sparql = SparqlRequest.ofPost(request);
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
                ModelAndView page = page(pages.form(sparql, Message.of(refusal.getMessage()).italian()), request);
                page.setStatus(refusal.status());
                return page;
            } catch (RuntimeException storeDown) {
                LOG.debug("The page of a refused query cannot list the store's graphs", storeDown);
            }
        }
        AnswerSender.sendMessage(refusal, request, response);
        return null;
    }

    private static ModelAndView page(SparqlPage page, HttpServletRequest request) {
        return new ModelAndView("sparql/page", Map.of("page", page, "endpoint", request.getRequestURL().toString()));
    }

    /** Anything unforeseen: logged here, a plain 500 for the client. */
    @ExceptionHandler(RuntimeException.class)
    ModelAndView unforeseen(RuntimeException failure, HttpServletRequest request, HttpServletResponse response) {
        LOG.error("The SPARQL endpoint failed", failure);
        if (!response.isCommitted()) {
            AnswerSender.sendMessage(new SparqlRequestException(HttpStatus.INTERNAL_SERVER_ERROR,
                    "Errore interno del servizio. / Internal error of the service."), request, response);
        }
        return null;
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
