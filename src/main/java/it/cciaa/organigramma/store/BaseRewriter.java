package it.cciaa.organigramma.store;

import it.cciaa.organigramma.iri.ServiceIris;
import it.cciaa.organigramma.vocabulary.OKG;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;

/**
 * Moves the project's own files (vocabularies, laws, the ontology document, the shapes), written with the default
 * base IRI, to the base the service is configured with. The ontology ({@code okg:} and the ontology's own IRI) and
 * the shapes keep their persistent IRIs: a vocabulary's namespace does not move with a deployment, and every query
 * names them; a service on any base serves them at their paths ({@link #iriOfPath}). IRIs written as
 * {@code xsd:anyURI} literals (the {@code sh:namespace} of a shapes file's prefixes) move too. Other IRIs are left
 * alone.
 */
public final class BaseRewriter {
    private final String base;

    public BaseRewriter(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The model itself when the base is the default one, else a copy with every IRI of ours re-based. */
    public Model rewrite(Model model) {
        if (base.equals(ServiceIris.DEFAULT_BASE)) {
            return model;
        }
        Model copy = ModelFactory.createDefaultModel();
        model.getGraph().find().forEachRemaining(t -> copy.getGraph().add(Triple.create(
                rewrite(t.getSubject()), rewrite(t.getPredicate()), rewrite(t.getObject()))));
        model.getNsPrefixMap().forEach((prefix, namespace) -> copy.setNsPrefix(prefix, rewrite(namespace)));
        return copy;
    }

    /** One IRI re-based, or the string unchanged. */
    public String rewrite(String iri) {
        if (!iri.startsWith(ServiceIris.DEFAULT_BASE + "/") || isPersistent(iri)) {
            return iri;
        }
        return base + iri.substring(ServiceIris.DEFAULT_BASE.length());
    }

    /**
     * The IRI a path of the service stands for: {@code /onto/organigramma…} and {@code /shapes/…} the persistent IRIs
     * of the ontology and the shapes, whatever the base; any other path the IRI on the base.
     */
    public String iriOfPath(String path) {
        String persistent = ServiceIris.DEFAULT_BASE + path;
        return isPersistent(persistent) ? persistent : base + path;
    }

    /** The path at which the service serves an IRI: one on its base, or a persistent one; empty for any other. */
    public Optional<String> pathOf(String iri) {
        if (iri.startsWith(base + "/")) {
            return Optional.of(iri.substring(base.length()));
        }
        return isPersistent(iri) ? Optional.of(iri.substring(ServiceIris.DEFAULT_BASE.length())) : Optional.empty();
    }

    /** Whether the IRI is the ontology's, one of its terms or a shape: the same on every base. */
    public static boolean isPersistent(String iri) {
        return iri.equals(OKG.ONTOLOGY) || iri.startsWith(OKG.NS) || iri.startsWith(ServiceIris.SHAPES_NAMESPACE);
    }

    private Node rewrite(Node node) {
        if (node.isURI()) {
            return NodeFactory.createURI(rewrite(node.getURI()));
        }
        if (node.isLiteral() && XSDDatatype.XSDanyURI.getURI().equals(node.getLiteralDatatypeURI())) {
            return NodeFactory.createLiteralDT(rewrite(node.getLiteralLexicalForm()), XSDDatatype.XSDanyURI);
        }
        return node;
    }
}
