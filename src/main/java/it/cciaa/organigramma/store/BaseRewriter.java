package it.cciaa.organigramma.store;

import it.cciaa.organigramma.ingest.Iris;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;

/**
 * Moves the project's own files (ontology, vocabularies, shapes, laws), written with the default base IRI, to the
 * base the service is configured with. Other IRIs are left alone.
 */
public final class BaseRewriter {
    private final String base;

    public BaseRewriter(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The model itself when the base is the default one, else a copy with every IRI of ours re-based. */
    public Model rewrite(Model model) {
        if (base.equals(Iris.DEFAULT_BASE)) {
            return model;
        }
        Model copy = ModelFactory.createDefaultModel();
        model.getGraph().find().forEachRemaining(t -> copy.getGraph().add(Triple.create(
                rewrite(t.getSubject()), rewrite(t.getPredicate()), rewrite(t.getObject()))));
        copy.setNsPrefixes(model.getNsPrefixMap());
        return copy;
    }

    /** One IRI re-based, or the string unchanged. */
    public String rewrite(String iri) {
        return iri.startsWith(Iris.DEFAULT_BASE + "/") ? base + iri.substring(Iris.DEFAULT_BASE.length()) : iri;
    }

    private Node rewrite(Node node) {
        return node.isURI() ? NodeFactory.createURI(rewrite(node.getURI())) : node;
    }
}
