package it.cciaa.organigramma.edition;

import it.cciaa.organigramma.linkeddata.DescribedEditions;
import org.springframework.stereotype.Component;

/** The editions as dereferencing reads them: the graph a request describes in, and retired resources (410). */
@Component
class LinkedDataEditions implements DescribedEditions {
    private final Editions editions;
    private final RetiredResources retired;

    LinkedDataEditions(Editions editions, RetiredResources retired) {
        this.editions = editions;
        this.retired = retired;
    }

    @Override
    public String editionGraph(String edition) {
        boolean noChamber = Editions.requestedChamber().isEmpty() && editions.national();
        if (edition == null && (editions.all().isEmpty() || noChamber)) {
            return null;
        }
        return editions.resolve(edition).graph();
    }

    @Override
    public void failIfRetired(String iri) {
        retired.failIfRetired(iri);
    }
}
