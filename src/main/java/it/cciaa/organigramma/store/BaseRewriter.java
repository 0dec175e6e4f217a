package it.cciaa.organigramma.store;

import it.cciaa.organigramma.ingest.Iris;
import it.cciaa.organigramma.vocabulary.OKG;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;

/**
 * Moves the project's own files (vocabularies, laws, the ontology document), written with the default base IRI, to
 * the base the service is configured with. The terms of the ontology ({@code okg:}) and of the shapes keep their
 * IRIs: a vocabulary's namespace does not move with a deployment, and every query names them. Other IRIs are left
 * alone.
 */
public final class BaseRewriter {
    private static final String SHAPES = Iris.DEFAULT_BASE + "/shapes/";

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
        if (!iri.startsWith(Iris.DEFAULT_BASE + "/") || iri.startsWith(OKG.NS) || iri.startsWith(SHAPES)) {
            return iri;
        }
        return base + iri.substring(Iris.DEFAULT_BASE.length());
    }

    private Node rewrite(Node node) {
        return node.isURI() ? NodeFactory.createURI(rewrite(node.getURI())) : node;
    }
}
