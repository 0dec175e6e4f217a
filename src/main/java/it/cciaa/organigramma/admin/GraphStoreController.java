package it.cciaa.organigramma.admin;

import it.cciaa.organigramma.linkeddata.RdfFormat;
import it.cciaa.organigramma.vocabulary.Prefixes;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.security.Principal;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.Target;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.update.UpdateRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /admin/graph-store?graph=IRI}: the SPARQL 1.1 Graph Store Protocol with indirect identification. GET and
 * HEAD (readers) answer the graph in Turtle, JSON-LD, RDF/XML or N-Triples, 404 when it has no triple (without
 * {@code graph} or {@code default}: the whole store as N-Quads); PUT replaces,
 * POST adds, DELETE drops (editors): 201 Created when a write gives the graph its first triples, else 204, 404 for
 * deleting a graph that has none. A body is parsed before anything is sent (Turtle, N-Triples, RDF/XML; a syntax error answers 400 with its line);
 * each write is one update request that also sets the catalogue's {@code dct:modified}. The default graph, empty by
 * design, is never written.
 */
@Controller
class GraphStoreController {
    static final String PATH = "/admin/graph-store";

    private final StoreWriter writer;

    GraphStoreController(StoreWriter writer) {
        this.writer = writer;
    }

    @GetMapping(PATH)
    ResponseEntity<byte[]> read(HttpServletRequest request, @RequestHeader(name = HttpHeaders.ACCEPT,
            required = false) String accept) {
        if (request.getParameter("graph") == null && !request.getParameterMap().containsKey("default")) {
            return wholeStore();
        }
        RdfFormat format = GraphBodies.answerFormat(accept);
        String graph = named(request, false);
        if (graph != null && !writer.exists(NodeFactory.createURI(graph))) {
            throw missing(graph);
        }
        Graph content = GraphFactory.createDefaultGraph();
        Prefixes.applyTo(content.getPrefixMapping());
        org.apache.jena.graph.GraphUtil.addInto(content, writer.read(graph));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFWriter.source(content).format(format.jenaFormat()).output(out);
        return ResponseEntity.ok().contentType(format.mediaType()).varyBy(HttpHeaders.ACCEPT)
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache").body(out.toByteArray());
    }

    /**
     * Neither {@code graph} nor {@code default}: every quad of the store as N-Quads, as a Fuseki dataset URL answers a
     * GET, for operators who check the store itself (the embedded store listens on no port of its own).
     */
    private ResponseEntity<byte[]> wholeStore() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFWriter.source(writer.readAll()).format(org.apache.jena.riot.RDFFormat.NQUADS).output(out);
        return ResponseEntity.ok().contentType(org.springframework.http.MediaType.parseMediaType("application/n-quads"))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache").body(out.toByteArray());
    }

    @PutMapping(PATH)
    ResponseEntity<Void> replace(HttpServletRequest request, @RequestBody(required = false) byte[] body,
            Principal user) {
        String graph = named(request, true);
        Graph content = GraphBodies.parse(body, request.getContentType(), graph);
        Node name = NodeFactory.createURI(graph);
        boolean existed = writer.exists(name);
        UpdateRequest update = new UpdateRequest();
        update.add(new UpdateDrop(Target.create(name), true));
        update.add(insert(name, content));
        writer.write(update, user.getName());
        return written(request, !existed && !content.isEmpty());
    }

    @PostMapping(PATH)
    ResponseEntity<Void> add(HttpServletRequest request, @RequestBody(required = false) byte[] body,
            Principal user) {
        String graph = named(request, true);
        Graph content = GraphBodies.parse(body, request.getContentType(), graph);
        Node name = NodeFactory.createURI(graph);
        boolean existed = writer.exists(name);
        writer.write(new UpdateRequest(insert(name, content)), user.getName());
        return written(request, !existed && !content.isEmpty());
    }

    @DeleteMapping(PATH)
    ResponseEntity<Void> drop(HttpServletRequest request, Principal user) {
        String graph = named(request, true);
        Node name = NodeFactory.createURI(graph);
        if (!writer.exists(name)) {
            throw missing(graph);
        }
        // SILENT although the graph exists: Virtuoso refuses to DROP a graph that was filled but never CREATEd
        writer.write(new UpdateRequest(new UpdateDrop(Target.create(name), true)), user.getName());
        return ResponseEntity.noContent().build();
    }

    /** The graph named by {@code ?graph}; null for {@code ?default} (reads only: it is never written). */
    private static String named(HttpServletRequest request, boolean writing) {
        String graph = request.getParameter("graph");
        boolean defaultGraph = request.getParameterMap().containsKey("default");
        if (graph == null && defaultGraph && !writing) {
            return null;
        }
        if (graph == null || defaultGraph) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, writing
                    ? "Il grafo predefinito non si scrive (resta vuoto per scelta): indicare ?graph=IRI / The default "
                            + "graph is never written (it stays empty by design): give ?graph=IRI."
                    : "Indicare ?graph=IRI (o ?default) / Give ?graph=IRI (or ?default).");
        }
        try {
            IRIx iri = IRIx.create(graph);
            if (!iri.isAbsolute()) {
                throw new IRIException("relative");
            }
        } catch (IRIException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Il parametro graph deve essere un IRI "
                    + "assoluto / The graph parameter must be an absolute IRI.");
        }
        return graph;
    }

    private static UpdateDataInsert insert(Node graph, Graph content) {
        QuadDataAcc data = new QuadDataAcc();
        content.find().forEach(triple -> data.addQuad(Quad.create(graph, triple)));
        return new UpdateDataInsert(data);
    }

    private static ResponseEntity<Void> written(HttpServletRequest request, boolean created) {
        if (created) {
            String location = request.getRequestURL() + "?" + request.getQueryString();
            return ResponseEntity.status(HttpStatus.CREATED).header(HttpHeaders.LOCATION, location).build();
        }
        return ResponseEntity.noContent().build();
    }

    private static ResponseStatusException missing(String graph) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "Il grafo " + graph + " non ha triple / The graph "
                + graph + " has no triples.");
    }
}
