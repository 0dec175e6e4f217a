package it.cciaa.organigramma.linkeddata;

import it.cciaa.organigramma.vocabulary.Prefixes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;

/** A resource's description laid out for its generic page: title, properties with their values, incoming links. */
public record ResourceView(String iri, String title, List<PropertyValues> properties, List<Link> incoming) {

    /** One property of the resource with all its values. */
    public record PropertyValues(String property, String propertyName, List<Value> values) {}

    /** A value: a link (IRI, with its label when known) or a literal (with its language or datatype). */
    public record Value(String text, String href, String note) {}

    /** A resource that points to this one, and how. */
    public record Link(String subject, String subjectName, String href, String property, String propertyName) {}

    private static final List<String> TITLE_PROPERTIES = List.of(
            "http://www.w3.org/2004/02/skos/core#prefLabel", "http://purl.org/dc/terms/title",
            "http://www.w3.org/2000/01/rdf-schema#label", "http://xmlns.com/foaf/0.1/name");

    static ResourceView of(String iri, Graph description, Map<String, String> labels, LinkedDataLinks links) {
        Node subject = NodeFactory.createURI(iri);
        Map<String, List<Value>> byProperty = new LinkedHashMap<>();
        List<Triple> outgoing = description.find(subject, Node.ANY, Node.ANY).toList();
        outgoing.sort(Comparator.comparing((Triple t) -> t.getPredicate().getURI()).thenComparing(t -> t.getObject().toString()));
        for (Triple triple : outgoing) {
            byProperty.computeIfAbsent(triple.getPredicate().getURI(), k -> new ArrayList<>())
                    .add(value(triple.getObject(), labels, links, description));
        }
        List<PropertyValues> properties = new ArrayList<>();
        byProperty.forEach((property, values) -> properties.add(new PropertyValues(property, name(property, labels), values)));
        List<Link> incoming = new ArrayList<>();
        description.find(Node.ANY, Node.ANY, subject).forEachRemaining(t -> {
            if (t.getSubject().isURI()) {
                String from = t.getSubject().getURI();
                incoming.add(new Link(from, name(from, labels), links.href(from),
                        t.getPredicate().getURI(), name(t.getPredicate().getURI(), labels)));
            }
        });
        incoming.sort(Comparator.comparing(Link::propertyName).thenComparing(Link::subjectName));
        return new ResourceView(iri, title(subject, description, labels), properties, incoming);
    }

    private static String title(Node subject, Graph description, Map<String, String> labels) {
        for (String property : TITLE_PROPERTIES) {
            List<Triple> found = description.find(subject, NodeFactory.createURI(property), Node.ANY).toList();
            for (String language : List.of("it", "", "en")) {
                for (Triple triple : found) {
                    Node value = triple.getObject();
                    if (value.isLiteral() && value.getLiteralLanguage().equals(language)) {
                        return value.getLiteralLexicalForm();
                    }
                }
            }
        }
        return name(subject.getURI(), labels);
    }

    private static Value value(Node node, Map<String, String> labels, LinkedDataLinks links, Graph description) {
        if (node.isURI()) {
            String name = name(node.getURI(), labels);
            return new Value(name, links.href(node.getURI()), name.equals(curie(node.getURI())) ? null
                    : curie(node.getURI()));
        }
        if (node.isBlank()) {
            StringBuilder text = new StringBuilder("[");
            description.find(node, Node.ANY, Node.ANY).forEachRemaining(t -> text.append(curie(t.getPredicate().getURI()))
                    .append(' ').append(t.getObject().isLiteral() ? t.getObject().getLiteralLexicalForm()
                            : t.getObject().isURI() ? curie(t.getObject().getURI()) : "[…]").append("; "));
            return new Value(text.append("]").toString(), null, null);
        }
        String language = node.getLiteralLanguage();
        String note = !language.isEmpty() ? "@" + language
                : node.getLiteralDatatypeURI().endsWith("#string") ? null : curie(node.getLiteralDatatypeURI());
        return new Value(node.getLiteralLexicalForm(), null, note);
    }

    /** What the store calls the resource, else the Italian name of a standard term, else its compact IRI. */
    private static String name(String iri, Map<String, String> labels) {
        return labels.getOrDefault(iri, StandardTerms.label(iri).orElseGet(() -> curie(iri)));
    }

    /** {@code skos:prefLabel} for a known namespace, the IRI itself otherwise. */
    public static String curie(String iri) {
        for (Map<String, String> prefixes : List.of(Prefixes.ALL, StandardTerms.MORE_PREFIXES)) {
            for (Map.Entry<String, String> prefix : prefixes.entrySet()) {
                if (iri.startsWith(prefix.getValue()) && iri.length() > prefix.getValue().length()) {
                    return prefix.getKey() + ":" + iri.substring(prefix.getValue().length());
                }
            }
        }
        return iri;
    }
}
