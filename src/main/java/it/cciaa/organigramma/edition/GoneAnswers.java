package it.cciaa.organigramma.edition;

import it.cciaa.organigramma.edition.RetiredResources.Retired;
import it.cciaa.organigramma.linkeddata.LinkedDataLinks;
import it.cciaa.organigramma.linkeddata.Representation;
import it.cciaa.organigramma.language.Message;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * 410 Gone for an IRI that an earlier edition of its chamber had and the current one lacks, in the form asked for:
 * a page, problem JSON, or RDF ({@code dct:isReplacedBy} the successor, {@code rdfs:seeAlso} the last edition's
 * description); {@code Link} headers name the same ({@code successor-version}, {@code memento}).
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class GoneAnswers {
    private final LinkedDataLinks links;

    GoneAnswers(LinkedDataLinks links) {
        this.links = links;
    }

    @ExceptionHandler(RetiredResources.Gone.class)
    Object gone(RetiredResources.Gone gone, HttpServletRequest request, HttpServletResponse response) {
        Retired retired = gone.retired();
        String lastPage = LinkedDataLinks.inEdition(links.href(retired.iri()), retired.lastEdition().id());
        String successor = retired.successor().map(links::href).orElse(null);
        List<String> linkHeader = new ArrayList<>();
        linkHeader.add("<" + lastPage + ">; rel=\"memento\"");
        if (successor != null) {
            linkHeader.add("<" + successor + ">; rel=\"successor-version\"");
        }
        var representation = Representation.choose(request.getParameter("format"), request.getHeader(HttpHeaders.ACCEPT))
                .orElseGet(Representation.Html::new);
        // On the response itself: every representation, the page's view too, carries them.
        response.setHeader(HttpHeaders.LINK, String.join(", ", linkHeader));
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(HttpStatus.GONE);
        return switch (representation) {
            case Representation.Rdf rdf -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                RDFDataMgr.write(out, description(retired), rdf.format().jenaFormat());
                yield answer.contentType(MediaType.parseMediaType(rdf.format().mediaType() + ";charset=UTF-8"))
                        .body(out.toByteArray());
            }
            case Representation.Json json -> {
                Map<String, Object> problem = new LinkedHashMap<>();
                problem.put("status", 410);
                problem.put("title", "Gone");
                problem.put("detail", message(retired).textFor(request, response));
                problem.put("iri", retired.iri());
                problem.put("lastEdition", retired.lastEdition().id());
                problem.put("lastEditionPage", lastPage);
                problem.put("removedBy", retired.removedBy().id());
                retired.successor().ifPresent(iri -> problem.put("successor", iri));
                yield answer.contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
            }
            case Representation.Html html -> {
                ModelAndView view = new ModelAndView("edition/gone");
                view.setStatus(HttpStatus.GONE);
                view.addObject("retired", retired);
                view.addObject("lastPage", lastPage);
                view.addObject("successorPage", successor);
                view.addObject("message", message(retired).italian()); // the page is Italian
                view.addObject("historyPage", "/edizioni?" + Editions.CHAMBER_PARAMETER + "="
                        + retired.lastEdition().ente());
                yield view;
            }
        };
    }

    private static Message message(Retired retired) {
        return new Message("Questa risorsa non è più nell'edizione in vigore di " + retired.lastEdition().chamberLabel()
                + ": l'ultima edizione che la contiene è l'" + retired.lastEdition().label()
                + ", sostituita dall'" + retired.removedBy().label()
                + retired.successor().map(s -> "; al suo posto: " + s).orElse(""),
                "Gone from the chamber's current edition; last in " + retired.lastEdition().id()
                + retired.successor().map(s -> "; replaced by " + s).orElse(""));
    }

    /** What RDF says of the retired IRI: where it was last described, and its successor. */
    private Model description(Retired retired) {
        Model model = ModelFactory.createDefaultModel();
        it.cciaa.organigramma.vocabulary.Prefixes.applyTo(model);
        Resource resource = model.createResource(retired.iri());
        resource.addProperty(DCTerms.isPartOf, model.createResource(retired.lastEdition().dataset()));
        resource.addProperty(RDFS.seeAlso, model.createResource(
                LinkedDataLinks.inEdition(retired.iri(), retired.lastEdition().id())));
        resource.addProperty(RDFS.comment, message(retired).italian(), "it");
        resource.addProperty(RDFS.comment, message(retired).english(), "en");
        retired.successor().ifPresent(iri -> resource.addProperty(DCTerms.isReplacedBy, model.createResource(iri)));
        return model;
    }
}
