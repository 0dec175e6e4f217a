package it.cciaa.organigramma.linkeddata;

import it.cciaa.organigramma.iri.ServiceIris;
import it.cciaa.organigramma.store.KgProperties;
import it.cciaa.organigramma.vocabulary.OKG;
import it.cciaa.organigramma.vocabulary.Prefixes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Dereferencing: every IRI of ours answers on this server at its path with the representation asked for (the
 * direct pattern: no redirect, {@code Vary: Accept}): RDF in four serializations, or a page. Resources with a page of
 * their own (units, processes) are served by their feature's controller for HTML and JSON; this controller answers
 * RDF for them and both RDF and a generic page for the rest. IRIs that are not ours are described at
 * {@code /risorsa?iri=…}. A description is what the current edition (or {@code ?edizione=}) and the graphs every
 * edition shares say, never another edition. The ontology ({@code /onto/organigramma…}) and the shapes
 * ({@code /shapes/…}) keep their persistent IRIs whatever the service's base: asked at an address on another base,
 * the answer names the canonical IRI ({@code Link: rel="canonical"}, {@code owl:sameAs}, a note on the page).
 */
@Controller
class LinkedDataController {
    private final LinkedDataQueries queries;
    private final DescribedEditions editions;
    private final LinkedDataLinks links;
    private final ServiceIris iris;

    LinkedDataController(LinkedDataQueries queries, DescribedEditions editions, LinkedDataLinks links,
            KgProperties properties) {
        this.queries = queries;
        this.editions = editions;
        this.links = links;
        this.iris = properties.iris();
    }

    @GetMapping(path = {"/data/**", "/controlled-vocabulary/**", "/onto/**", "/graph/**", "/shapes/**"})
    ModelAndView ours(HttpServletRequest request, HttpServletResponse response,
            @RequestParam(name = "format", required = false) String format,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
            @RequestParam(name = LinkedDataLinks.EDITION_PARAMETER, required = false) String edition)
            throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<String> alias = links.localAlias(path);
        alias.ifPresent(local -> response.setHeader(HttpHeaders.LINK,
                "<" + links.iriOfPath(path) + ">; rel=\"canonical\""));
        return answer(links.iriOfPath(path), alias, format, accept, edition, response);
    }

    @GetMapping(path = LinkedDataLinks.FOREIGN_RESOURCE_PATH)
    ModelAndView foreign(HttpServletResponse response, @RequestParam(name = "iri", required = false) String iri,
            @RequestParam(name = "format", required = false) String format,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
            @RequestParam(name = LinkedDataLinks.EDITION_PARAMETER, required = false) String edition)
            throws IOException {
        if (iri == null || iri.isBlank() || !IRIs.check(iri) || !IRIs.reference(iri).isAbsolute()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "Parametro iri mancante o non valido: serve un IRI assoluto / missing or invalid iri parameter");
        }
        return answer(iri, Optional.empty(), format, accept, edition, response);
    }

    /**
     * The description of {@code iri}; {@code alias} is the address it was asked at when that is not the IRI (a term of
     * the ontology or a shape served under another base): the answer then says which IRI is the canonical one.
     */
    private ModelAndView answer(String iri, Optional<String> alias, String format, String accept, String edition,
            HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        Optional<Representation> chosen = Representation.choose(format, accept);
        if (chosen.isEmpty()) {
            response.setStatus(HttpStatus.NOT_ACCEPTABLE.value());
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Formato non disponibile / not acceptable. Formati: text/html, text/turtle, "
                    + "application/ld+json, application/rdf+xml, application/n-triples; ?format=turtle|jsonld|"
                    + "rdfxml|ntriples|html|json\n");
            return null;
        }
        boolean namedGraph = iris.isGraph(iri);
        String editionGraph = namedGraph ? null : editions.editionGraph(edition);
        Graph description = namedGraph ? queries.graphContent(iri) : queries.describe(iri, editionGraph);
        if (description.isEmpty() && !namedGraph && (edition == null || edition.isBlank())) {
            editions.failIfRetired(iri);
        }
        if (description.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Risorsa sconosciuta / unknown resource: " + iri);
        }
        return switch (chosen.get()) {
            case Representation.Rdf rdf -> rdf(withAlias(description, alias, iri), rdf.format(), response);
            case Representation.Json json -> rdf(withAlias(description, alias, iri), RdfFormat.JSONLD, response);
            case Representation.Html html -> namedGraph ? graphPage(iri, description)
                    : page(iri, description, editionGraph).addObject("alias", alias.orElse(null));
        };
    }

    /** The description with {@code alias owl:sameAs iri} when the resource was asked at an alias. */
    private static Graph withAlias(Graph description, Optional<String> alias, String iri) {
        if (alias.isEmpty()) {
            return description;
        }
        Graph copy = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(copy, description);
        copy.add(NodeFactory.createURI(alias.get()), OWL.sameAs.asNode(), NodeFactory.createURI(iri));
        return copy;
    }

    private ModelAndView rdf(Graph description, RdfFormat format, HttpServletResponse response) throws IOException {
        Model model = ModelFactory.createModelForGraph(description);
        Prefixes.applyTo(model);
        byte[] bytes = RdfBytes.of(model.getGraph(), format.jenaFormat());
        response.setContentType(format.mediaType() + ";charset=UTF-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
        return null;
    }

    private ModelAndView page(String iri, Graph description, String editionGraph) {
        ModelAndView view;
        if (iri.equals(OKG.ONTOLOGY)) {
            view = new ModelAndView("linkeddata/ontology");
            view.addObject("terms", queries.ontologyTerms(iri));
        } else {
            view = new ModelAndView("linkeddata/resource");
        }
        view.addObject("resource", ResourceView.of(iri, description, queries.neighbourLabels(iri, editionGraph), links));
        view.addObject("iri", iri);
        view.addObject("sparql", queries.describeQueryText(iri, editionGraph));
        return view;
    }

    /** A named graph's page: what it is, its size, and its content in every RDF form. */
    private ModelAndView graphPage(String iri, Graph content) {
        ModelAndView view = new ModelAndView("linkeddata/graph");
        view.addObject("iri", iri);
        view.addObject("triples", content.size());
        view.addObject("subjects", content.find().mapWith(t -> t.getSubject()).toSet().size());
        view.addObject("sparql", queries.graphContentQueryText(iri));
        return view;
    }
}
