package it.cciaa.organigramma.sparql;

import org.apache.jena.query.Query;

/**
 * A query the public endpoint accepted.
 *
 * @param query the query as asked, with the protocol's dataset (default-graph-uri, named-graph-uri) applied
 * @param storeQuery what is sent to the store: {@code LIMIT} lowered to one row over the cap, so that a cut answer
 *     shows; a CONSTRUCT goes as the SELECT of its pattern, so that the cap counts solutions and the template is
 *     filled here
 */
public record AdmittedQuery(Query query, Query storeQuery) {

    /** The form of the query as asked: SELECT, ASK, CONSTRUCT or DESCRIBE. */
    public String form() {
        return query.queryType().name();
    }

    /** Whether the answer is RDF (CONSTRUCT, DESCRIBE) rather than SPARQL results (SELECT, ASK). */
    public boolean answersWithGraph() {
        return query.isConstructType() || query.isDescribeType();
    }
}
