package it.cciaa.organigramma.publication;

import it.cciaa.organigramma.iri.EditionIris;
import it.cciaa.organigramma.publication.RdfEdition.RdfEditionException;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * What the catalogue graph of an RDF edition may say: the edition's own entry (as {@code import} writes it: the
 * dataset, its source document and checksum, its distribution, the chamber) and the catalogue's link to it. It may
 * not describe other editions, change the catalogue's own description, or state what only a publication writes
 * (validity, previous version, report, the catalogue's modification time): those are merged into the store as they
 * are, so they are refused here, with the statement that breaks the rule.
 */
final class CatalogueEntry {
    private static final String DQV = "http://www.w3.org/ns/dqv#";
    private static final Set<Property> WRITTEN_BY_PUBLICATION = Set.of(
            ResourceFactory.createProperty(DCAT.NS + "previousVersion"), DCTerms.temporal,
            ResourceFactory.createProperty(DQV + "hasQualityMetadata"));
    private static final Set<Property> CATALOGUE_PROPERTIES = Set.of(RDF.type, DCTerms.title, DCTerms.description,
            DCTerms.publisher, DCAT.dataset);

    private CatalogueEntry() {}

    static void check(Model catalogue, EditionIris iris) throws RdfEditionException {
        String edition = iris.dataset();
        Resource catalogueResource = catalogue.getResource(iris.chamber().service().catalogue());
        for (Statement statement : catalogue.listStatements().toList()) {
            Resource subject = statement.getSubject();
            if (subject.isAnon()) {
                continue; // a checksum node: reachable only from the entry's own resources
            }
            String iri = subject.getURI();
            boolean ownResource = iri.equals(edition) || iri.startsWith(iris.document())
                    || iri.startsWith(iris.distributions()) || iri.equals(iris.chamber().iri());
            if (subject.equals(catalogueResource)) {
                boolean allowed = CATALOGUE_PROPERTIES.contains(statement.getPredicate())
                        && (!statement.getPredicate().equals(DCAT.dataset)
                                || statement.getObject().toString().equals(edition));
                if (!allowed) {
                    throw refused(statement, "il catalogo stesso si descrive solo con il legame alla propria edizione "
                            + "(dcat:dataset), il tipo, il titolo, la descrizione e l'editore");
                }
            } else if (!ownResource) {
                throw refused(statement, "un'edizione in RDF descrive solo sé stessa, il suo documento, la sua "
                        + "distribuzione e l'ente, non " + iri);
            } else if (WRITTEN_BY_PUBLICATION.contains(statement.getPredicate())) {
                throw refused(statement, "validità, versione precedente e rapporto di validazione li scrive la "
                        + "pubblicazione");
            }
        }
    }

    private static RdfEditionException refused(Statement statement, String why) {
        return new RdfEditionException("catalogo: " + why + " (" + statement.getSubject() + " "
                + statement.getPredicate() + " " + statement.getObject() + ") / the catalogue graph of an RDF edition "
                + "describes only the edition's own entry");
    }
}
