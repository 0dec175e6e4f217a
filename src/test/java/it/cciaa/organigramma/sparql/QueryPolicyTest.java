package it.cciaa.organigramma.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.apache.jena.query.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;

/** What the public endpoint lets through: SPARQL 1.1 queries only, no SERVICE, only the store's graphs, capped. */
class QueryPolicyTest {
    private static final String EDITION = "https://w3id.org/organigramma-kg/graph/organigramma/cciaa-di-foggia/2025-01-01";
    private static final String MAP = "https://w3id.org/organigramma-kg/graph/mappa-processi/2024";
    private static final Set<String> STORE_GRAPHS = Set.of(EDITION, MAP);

    private final QueryPolicy policy = new QueryPolicy("https://w3id.org/organigramma-kg", 100);

    private AdmittedQuery admit(String text) {
        return policy.admit(text, List.of(), List.of(), STORE_GRAPHS::contains);
    }

    private static HttpStatus statusOf(Runnable request) {
        try {
            request.run();
        } catch (SparqlRequestException e) {
            return e.status();
        }
        return HttpStatus.OK;
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
            "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } OPTIONAL { SERVICE SILENT <http://example.org/sparql> { ?s ?q ?r } } }",
            "SELECT * WHERE { { SELECT ?s WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } } } }",
            "SELECT * WHERE { ?s ?p ?o FILTER EXISTS { SERVICE <http://example.org/sparql> { ?s ?p ?o } } }",
            "SELECT * WHERE { ?s ?p ?o FILTER NOT EXISTS { { SELECT * { SERVICE <http://example.org/s> { ?s ?p ?o } } } } }",
            "SELECT * WHERE { ?s ?p ?o BIND(EXISTS { SERVICE <http://example.org/sparql> { ?s ?p ?o } } AS ?remote) }",
            "SELECT (EXISTS { SERVICE <http://example.org/sparql> { ?s ?p ?o } } AS ?remote) WHERE { ?s ?p ?o }",
            "SELECT ?s WHERE { ?s ?p ?o } GROUP BY ?s HAVING (EXISTS { SERVICE <http://example.org/s> { ?s ?p ?o } })",
            "SELECT ?s WHERE { ?s ?p ?o } ORDER BY (EXISTS { SERVICE <http://example.org/s> { ?s ?p ?o } })",
            "SELECT (COUNT(EXISTS { SERVICE <http://example.org/s> { ?s ?p ?o } }) AS ?n) WHERE { ?s ?p ?o }",
            "SELECT * WHERE { ?s ?p ?o MINUS { GRAPH ?g { SERVICE ?endpoint { ?s ?p ?o } } } }",
            "ASK { { ?s ?p ?o } UNION { SERVICE <http://example.org/sparql> { ?s ?p ?o } } }",
            "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
            "DESCRIBE ?s WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"})
    void refusesServiceAtAnyDepthWith422(String query) {
        assertThatThrownBy(() -> admit(query)).isInstanceOf(SparqlRequestException.class)
                .hasMessageContaining("SERVICE")
                .satisfies(e -> assertThat(((SparqlRequestException) e).status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT));
    }

    @Test
    void admitsQueriesThatOnlyReadTheStore() {
        assertThat(statusOf(() -> admit("SELECT * WHERE { GRAPH ?g { ?s ?p ?o FILTER EXISTS { ?s a ?type } } }")))
                .isEqualTo(HttpStatus.OK);
        assertThat(statusOf(() -> admit("SELECT * FROM <" + EDITION + "> FROM NAMED <" + MAP + "> WHERE { ?s ?p ?o }")))
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void refusesFromAndFromNamedOutsideTheStoreWithoutFetchingThem() {
        for (String query : List.of("SELECT * FROM <http://127.0.0.1:9/data.ttl> WHERE { ?s ?p ?o }",
                "SELECT * FROM NAMED <https://example.org/graph> WHERE { GRAPH ?g { ?s ?p ?o } }",
                "SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }")) {
            assertThatThrownBy(() -> admit(query)).as(query).isInstanceOf(SparqlRequestException.class)
                    .hasMessageContaining("not a graph of this store")
                    .satisfies(e -> assertThat(((SparqlRequestException) e).status())
                            .isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT));
        }
    }

    @Test
    void protocolGraphsReplaceTheQueryDatasetAndMustBeGraphsOfTheStore() {
        AdmittedQuery admitted = policy.admit("SELECT * FROM <" + MAP + "> WHERE { ?s ?p ?o }", List.of(EDITION),
                List.of(MAP), STORE_GRAPHS::contains);
        assertThat(admitted.storeQuery().getGraphURIs()).containsExactly(EDITION);
        assertThat(admitted.storeQuery().getNamedGraphURIs()).containsExactly(MAP);

        assertThat(statusOf(() -> policy.admit("SELECT * WHERE { ?s ?p ?o }", List.of("http://example.org/elsewhere"),
                List.of(), STORE_GRAPHS::contains))).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(statusOf(() -> policy.admit("SELECT * WHERE { ?s ?p ?o }", List.of(),
                List.of("http://example.org/elsewhere"), STORE_GRAPHS::contains))).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
    }

    @Test
    void aTextAskedAgainIsNotChangedByTheProtocolGraphsOfAnEarlierRequest() {
        String text = "SELECT * FROM <" + MAP + "> WHERE { ?s ?p ?o }";
        AdmittedQuery first = admit(text);
        AdmittedQuery withProtocolGraphs = policy.admit(text, List.of(EDITION), List.of(), STORE_GRAPHS::contains);
        AdmittedQuery again = admit(text);

        assertThat(withProtocolGraphs.storeQuery().getGraphURIs()).containsExactly(EDITION);
        assertThat(again.query()).as("kept parsed").isSameAs(first.query());
        assertThat(again.query().getGraphURIs()).containsExactly(MAP);
        assertThat(again.storeQuery().getGraphURIs()).containsExactly(MAP);
        assertThat(again.storeQuery()).as("each request its own store query").isNotSameAs(first.storeQuery());
    }

    @Test
    void aKeptTextIsStillCheckedAgainstTheStoreGraphsOfNow() {
        String text = "SELECT * FROM <" + MAP + "> WHERE { ?s ?p ?o }";
        admit(text);
        assertThat(statusOf(() -> policy.admit(text, List.of(), List.of(), graph -> false)))
                .isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
    }

    @Test
    void lowersTheLimitToOneRowOverTheCapSoThatACutShows() {
        assertThat(admit("SELECT * WHERE { ?s ?p ?o }").storeQuery().getLimit()).isEqualTo(101);
        assertThat(admit("SELECT * WHERE { ?s ?p ?o } LIMIT 100000").storeQuery().getLimit()).isEqualTo(101);
        assertThat(admit("SELECT * WHERE { ?s ?p ?o } LIMIT 7").storeQuery().getLimit()).isEqualTo(7);
        assertThat(admit("SELECT * WHERE { ?s ?p ?o } OFFSET 50 LIMIT 500").storeQuery().getOffset()).isEqualTo(50);
        assertThat(admit("DESCRIBE ?s WHERE { ?s ?p ?o }").storeQuery().getLimit()).isEqualTo(101);
        assertThat(admit("ASK { ?s ?p ?o }").storeQuery().hasLimit()).isFalse();
    }

    @Test
    void sendsAConstructAsTheSelectOfItsPatternSoThatTheCapCountsSolutions() {
        Query sent = admit("CONSTRUCT { ?type a <http://www.w3.org/2000/01/rdf-schema#Class> } "
                + "WHERE { GRAPH ?g { ?s a ?type } } ORDER BY ?type LIMIT 1000").storeQuery();
        assertThat(sent.isSelectType()).isTrue();
        assertThat(sent.isQueryResultStar()).isTrue();
        assertThat(sent.getLimit()).isEqualTo(101);
        assertThat(sent.getOrderBy()).hasSize(1);

        // The text sent to the store is itself valid SPARQL 1.1.
        assertThat(statusOf(() -> admit(sent.serialize()))).isEqualTo(HttpStatus.OK);
    }

    @Test
    void answersASyntaxErrorWith400AndTheLineAndColumn() {
        assertThatThrownBy(() -> admit("PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\nSELECT * WHERE {\n  ?s skos:prefLabel\n}"))
                .isInstanceOf(SparqlRequestException.class)
                .hasMessageContaining("line 4, column 1")
                .hasMessageContaining("riga 4, colonna 1")
                .satisfies(e -> assertThat(((SparqlRequestException) e).status()).isEqualTo(HttpStatus.BAD_REQUEST));
    }

    @Test
    void refusesArqExtensionsBecauseTheStoreMayBeAnySparqlStore() {
        assertThat(statusOf(() -> admit("SELECT * WHERE { ?s ?p ?o LET (?x := 1) }"))).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void answersAnUpdateSentAsAQueryThatTheEndpointIsReadOnly() {
        assertThatThrownBy(() -> admit("INSERT DATA { GRAPH <" + EDITION + "> { <urn:a> <urn:b> <urn:c> } }"))
                .hasMessageContaining("read-only");
        assertThatThrownBy(() -> admit("DROP ALL")).hasMessageContaining("read-only");
    }

    @Test
    void refusesAnEmptyOrOverlongQuery() {
        assertThat(statusOf(() -> admit("  "))).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(statusOf(() -> admit("SELECT * WHERE { ?s ?p ?o } #" + "x".repeat(QueryPolicy.MAX_QUERY_LENGTH))))
                .isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
    }

    @Test
    void resolvesRelativeIrisAgainstTheBaseIri() {
        Query sent = admit("SELECT * WHERE { GRAPH ?g { <data/organization/public-organization/cciaa-di-foggia> ?p ?o } }")
                .storeQuery();
        // The store reads the text of the query: its IRIs must be absolute there.
        assertThat(sent.serialize()).contains("<https://w3id.org/organigramma-kg/data/organization/public-organization/")
                .doesNotContain("BASE");
    }

    @Test
    void refusesAQueryNestedBeyondWhatTheParserOrTheWriterCanFollowWith400() {
        String path = "SELECT * WHERE { ?s " + String.join("/", java.util.Collections.nCopies(8_000, "<p>")) + " ?o }";
        String sum = "SELECT * WHERE { FILTER(" + String.join("+", java.util.Collections.nCopies(8_000, "1")) + ") }";
        String brackets = "SELECT * WHERE { FILTER(" + "(".repeat(5_000) + "1" + ")".repeat(5_000) + ") }";
        String groups = "SELECT * WHERE { " + "{ ".repeat(QueryPolicy.MAX_NESTING) + "}".repeat(QueryPolicy.MAX_NESTING)
                + " }";
        String justOverTheLimit = "SELECT * WHERE { ?s " + String.join("/", java.util.Collections.nCopies(
                QueryPolicy.MAX_NESTING + 1, "<p>")) + " ?o }";
        for (String deep : List.of(path, sum, brackets, groups, justOverTheLimit)) {
            assertThatThrownBy(() -> admit(deep)).isInstanceOfSatisfying(SparqlRequestException.class, refusal -> {
                assertThat(refusal.status()).isEqualTo(HttpStatus.BAD_REQUEST);
                assertThat(refusal.getMessage()).contains("troppo in profondità", "too deeply nested");
            });
        }
    }

    @Test
    void admitsAQueryNestedWithinTheLimit() {
        String path = "SELECT * WHERE { ?s " + String.join("/", java.util.Collections.nCopies(
                QueryPolicy.MAX_NESTING - 10, "<p>")) + " ?o }";
        String sum = "SELECT * WHERE { FILTER(" + String.join("+", java.util.Collections.nCopies(
                QueryPolicy.MAX_NESTING - 10, "1")) + ") }";
        assertThat(statusOf(() -> admit(path))).isEqualTo(HttpStatus.OK);
        assertThat(statusOf(() -> admit(sum))).isEqualTo(HttpStatus.OK);
    }
}
