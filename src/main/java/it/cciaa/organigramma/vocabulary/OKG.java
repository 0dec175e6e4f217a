package it.cciaa.organigramma.vocabulary;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Terms of the local ontology {@code ontology/organigramma.ttl}, the project's only own namespace. */
public final class OKG {
    /** The ontology's persistent IRI: the same whatever base a service mints its data on ({@code BaseRewriter}). */
    public static final String ONTOLOGY = "https://w3id.org/organigramma-kg/onto/organigramma";
    public static final String NS = ONTOLOGY + "/";

    public static final Resource Competence = resource("Competence");
    public static final Resource ProcessDeclaration = resource("ProcessDeclaration");
    public static final Resource SourceRecord = resource("SourceRecord");
    public static final Resource Footnote = resource("Footnote");
    public static final Resource Anomaly = resource("Anomaly");
    public static final Resource Citation = resource("Citation");
    public static final Resource processCode = resource("processCode");

    /** The differences between two editions and their kinds of change ({@code edition/EditionDiffRdf}). */
    public static final Resource EditionDiff = resource("EditionDiff");
    public static final Resource UnitAdded = resource("UnitAdded");
    public static final Resource UnitRemoved = resource("UnitRemoved");
    public static final Resource UnitRenamed = resource("UnitRenamed");
    public static final Resource UnitMoved = resource("UnitMoved");
    public static final Resource ActivityAssigned = resource("ActivityAssigned");
    public static final Resource ActivityWithdrawn = resource("ActivityWithdrawn");
    public static final Resource ActivityRequalified = resource("ActivityRequalified");
    public static final Resource ProcessDeclared = resource("ProcessDeclared");
    public static final Resource ProcessDropped = resource("ProcessDropped");
    public static final Resource LabelChanged = resource("LabelChanged");

    public static final Property unit = property("unit");
    public static final Property activity = property("activity");
    public static final Property process = property("process");
    public static final Property qualifier = property("qualifier");
    public static final Property sourceRecord = property("sourceRecord");
    public static final Property section = property("section");
    public static final Property mentions = property("mentions");
    public static final Property defines = property("defines");
    public static final Property anomalyKind = property("anomalyKind");
    public static final Property about = property("about");
    public static final Property law = property("law");
    public static final Property citedBy = property("citedBy");
    public static final Property markerAsWritten = property("markerAsWritten");
    public static final Property labelAsWritten = property("labelAsWritten");
    public static final Property lineNumber = property("lineNumber");
    public static final Property rawText = property("rawText");
    public static final Property marker = property("marker");
    public static final Property valueAsWritten = property("valueAsWritten");
    public static final Property valueCanonical = property("valueCanonical");
    public static final Property textAsWritten = property("textAsWritten");
    public static final Property oldEdition = property("oldEdition");
    public static final Property newEdition = property("newEdition");

    private OKG() {}

    private static Resource resource(String localName) {
        return ResourceFactory.createResource(NS + localName);
    }

    private static Property property(String localName) {
        return ResourceFactory.createProperty(NS + localName);
    }
}
