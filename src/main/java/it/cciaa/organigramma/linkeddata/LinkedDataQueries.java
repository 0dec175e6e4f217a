package it.cciaa.organigramma.linkeddata;

import it.cciaa.organigramma.query.EditionRowSource;
import it.cciaa.organigramma.query.NamedQueries;
import it.cciaa.organigramma.query.NamedQuery;
import it.cciaa.organigramma.query.Rows;
import it.cciaa.organigramma.store.KnowledgeStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.springframework.stereotype.Component;

/** The queries behind dereferencing: a resource's description, its neighbours' labels, an ontology's terms. */
@Component
public class LinkedDataQueries {
    private final KnowledgeStore store;
    private final NamedQuery describe;
    private final NamedQuery neighbourLabels;
    private final NamedQuery ontologyTerms;
    private final NamedQuery graphContent;

    public LinkedDataQueries(KnowledgeStore store, NamedQueries queries) {
        this.store = store;
        this.describe = require(queries, "linkeddata/describe");
        this.neighbourLabels = require(queries, "linkeddata/neighbour-labels");
        this.ontologyTerms = require(queries, "linkeddata/ontology-terms");
        this.graphContent = require(queries, "linkeddata/graph-content");
    }

    private static NamedQuery require(NamedQueries queries, String name) {
        return queries.find(name).orElseThrow(() -> new IllegalStateException("queries/" + name + ".rq is missing"));
    }

    /**
     * What the edition graph {@code editionGraph} and the graphs every edition shares say about the resource (empty:
     * they do not know it); other editions are left out.
     */
    public Graph describe(String iri, String editionGraph) {
        return store.construct(describe, inEdition(iri, editionGraph));
    }

    /** The content of a named graph of the store (empty: no such graph). */
    public Graph graphContent(String graphIri) {
        try (org.apache.jena.rdfconnection.RDFConnection connection = store.connect()) {
            return connection.fetch(graphIri).getGraph();
        } catch (org.apache.jena.atlas.web.HttpException e) {
            if (e.getStatusCode() == 404) {
                return org.apache.jena.graph.Graph.emptyGraph;
            }
            throw e;
        }
    }

    /** The text of the query listing a named graph's triples, for the graph page's SPARQL link. */
    public String graphContentQueryText(String graphIri) {
        return graphContent.textWith(Map.of("graph", NodeFactory.createURI(graphIri)));
    }

    /** The text of the describe query for the resource in an edition, for the page's SPARQL link. */
    public String describeQueryText(String iri, String editionGraph) {
        return describe.textWith(inEdition(iri, editionGraph));
    }

    /** A label for each neighbour of the resource that has one, as the edition or the shared graphs give it. */
    public Map<String, String> neighbourLabels(String iri, String editionGraph) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (Map<String, String> row : Rows.of(store.select(neighbourLabels, inEdition(iri, editionGraph)))) {
            if (row.containsKey("name")) {
                labels.put(row.get("neighbour"), row.get("name"));
            }
        }
        return labels;
    }

    /** The resource, and the edition graph unless there is none yet (then every graph speaks). */
    private static Map<String, Node> inEdition(String iri, String editionGraph) {
        Node resource = NodeFactory.createURI(iri);
        return editionGraph == null ? Map.of("resource", resource)
                : Map.of("resource", resource, EditionRowSource.PARAMETER, NodeFactory.createURI(editionGraph));
    }

    /** The terms the ontology defines. */
    public List<Map<String, String>> ontologyTerms(String ontologyIri) {
        List<Map<String, String>> terms = Rows.of(store.select(ontologyTerms,
                Map.of("ontology", NodeFactory.createURI(ontologyIri))));
        for (Map<String, String> term : terms) {
            term.put("curie", ResourceView.curie(term.get("term")));
            term.put("kindCurie", ResourceView.curie(term.get("kind")));
        }
        return terms;
    }
}
