package it.cciaa.organigramma.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Remembered {@code EXISTS} answers are the answers: on a TDB2 dataset every query gives the same solutions with the
 * memoizing optimizer as with ARQ's own, whether the pattern is read in one graph or in several, with unbound
 * variables, nested, or in a {@code BIND}.
 */
class MemoizedExistsTest {
    private static final String DATA = """
            PREFIX : <urn:x:>
            :g1 { :s1 a :T ; :p :o1 . :s2 :p :o2 . :s3 :q :s1 . }
            :g2 { :s1 :p :o1 . :s2 a :T ; :p :o3 . }
            :catalogue { :g1 a :Edition . :r1 a :Report ; :of :g2 . }
            """;

    static final List<String> QUERIES = List.of(
            "PREFIX : <urn:x:> SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o FILTER NOT EXISTS { ?s a :T } } }",
            "PREFIX : <urn:x:> SELECT ?g ?s WHERE { GRAPH ?g { ?s ?p ?o FILTER EXISTS { ?s a :T } } }",
            "PREFIX : <urn:x:> SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } "
                    + "FILTER NOT EXISTS { GRAPH :catalogue { ?e a :Edition } FILTER (?g = ?e) } }",
            "PREFIX : <urn:x:> SELECT ?s ?x WHERE { GRAPH ?g { ?s ?p ?o OPTIONAL { ?s :q ?x } } "
                    + "FILTER NOT EXISTS { GRAPH :g2 { ?x a :T } } }",
            "PREFIX : <urn:x:> SELECT ?s ?b WHERE { GRAPH ?g { ?s ?p ?o } "
                    + "BIND (EXISTS { GRAPH ?g { ?s a :T } } AS ?b) }",
            "PREFIX : <urn:x:> SELECT ?s WHERE { GRAPH ?g { ?s ?p ?o } "
                    + "FILTER EXISTS { GRAPH ?h { ?s ?y ?z FILTER NOT EXISTS { GRAPH ?h { ?s a :T } } } } }",
            "PREFIX : <urn:x:> SELECT ?g ?s WHERE { GRAPH ?g { ?s ?p ?o } FILTER NOT EXISTS { "
                    + "GRAPH :catalogue { ?r a :Report ; :of ?of } BIND (?of AS ?reported) FILTER (?g = ?reported) } }");

    private static DatasetGraph dataset;

    @BeforeAll
    static void load() {
        dataset = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(dataset, () -> RDFParser.fromString(DATA, Lang.TRIG).parse(dataset));
    }

    private static List<Binding> solutions(String text, boolean memoized) {
        return Txn.calculateRead(dataset, () -> {
            var builder = QueryExec.dataset(dataset).query(text);
            if (memoized) {
                builder.set(ARQConstants.sysOptimizerFactory, MemoizedExists.OPTIMIZER);
            }
            List<Binding> rows = new ArrayList<>();
            try (QueryExec exec = builder.build()) {
                exec.select().forEachRemaining(row -> rows.add(BindingFactory.copy(row)));
            }
            return rows;
        });
    }

    @ParameterizedTest
    @FieldSource("QUERIES")
    void givesTheSolutionsArqGivesWithoutIt(String text) {
        List<Binding> plain = solutions(text, false);

        assertThat(plain).as("a query that finds something").isNotEmpty();
        assertThat(solutions(text, true)).as(text).containsExactlyInAnyOrderElementsOf(plain);
    }

    @ParameterizedTest
    @FieldSource("QUERIES")
    void rewritesEveryExistsOfThePlan(String text) {
        Query query = QueryFactory.create(text);
        Context context = new Context();
        Op optimized = MemoizedExists.OPTIMIZER.create(context).rewrite(Algebra.compile(query));

        assertThat(optimized.toString()).contains("memoized").doesNotContain("memoized (memoized");
    }
}
