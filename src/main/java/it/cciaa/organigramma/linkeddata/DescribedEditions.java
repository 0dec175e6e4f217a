package it.cciaa.organigramma.linkeddata;

/**
 * What describing a resource needs to know of the editions: which edition graph a request reads, and whether an IRI
 * that is described no more was retired by a later edition of its chamber. The edition package answers it, so that
 * dereferencing does not depend on the editions' package (which links to resources through this one).
 */
public interface DescribedEditions {
    /**
     * The graph of the edition a request asks for ({@code ?edizione=}, null when absent), or the current one of the
     * resource's chamber (or of the only chamber); null (every graph) while the store holds none, and for what every
     * chamber shares (a concept, a law) in a store of several chambers.
     */
    String editionGraph(String edition);

    /** Throws the exception answered 410 Gone when the resource is retired from its chamber; returns otherwise. */
    void failIfRetired(String iri);
}
