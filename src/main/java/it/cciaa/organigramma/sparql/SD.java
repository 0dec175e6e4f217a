package it.cciaa.organigramma.sparql;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Terms of the SPARQL 1.1 Service Description vocabulary ({@code sd:}) the endpoint describes itself with. */
public final class SD {
    public static final String NS = "http://www.w3.org/ns/sparql-service-description#";

    public static final Resource Service = resource("Service");
    public static final Resource Dataset = resource("Dataset");
    public static final Resource Graph = resource("Graph");
    public static final Resource NamedGraph = resource("NamedGraph");
    public static final Resource SPARQL11Query = resource("SPARQL11Query");

    public static final Property endpoint = property("endpoint");
    public static final Property supportedLanguage = property("supportedLanguage");
    public static final Property resultFormat = property("resultFormat");
    public static final Property defaultDataset = property("defaultDataset");
    public static final Property defaultGraph = property("defaultGraph");
    public static final Property namedGraph = property("namedGraph");
    public static final Property name = property("name");

    private SD() {}

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
