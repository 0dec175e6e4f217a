package it.cciaa.organigramma.sparql;

import java.util.List;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/** What a public query answered, read in full from the store and capped at the row limit, before anything is sent. */
public sealed interface QueryAnswer {

    /** Whether the store had more than the row limit. */
    boolean cutAtRowLimit();

    /** A SELECT answer: the variables and at most the row limit of solutions. */
    record Solutions(List<Var> variables, List<Binding> rows, boolean cutAtRowLimit) implements QueryAnswer {}

    /** An ASK answer. */
    record Verdict(boolean value) implements QueryAnswer {
        @Override
        public boolean cutAtRowLimit() {
            return false;
        }
    }

    /** A CONSTRUCT or DESCRIBE answer: at most the row limit of distinct triples, with the query's prefixes. */
    record Triples(List<Triple> triples, PrefixMapping prefixes, boolean cutAtRowLimit) implements QueryAnswer {}
}
