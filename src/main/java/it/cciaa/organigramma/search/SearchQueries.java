package it.cciaa.organigramma.search;

import it.cciaa.organigramma.edition.Editions;
import it.cciaa.organigramma.query.EditionRowSource;
import it.cciaa.organigramma.query.NamedQueries;
import it.cciaa.organigramma.query.NamedQuery;
import it.cciaa.organigramma.store.KnowledgeStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.springframework.stereotype.Component;

/** The store's side of search: what to index, read with {@code queries/search/documents.rq} from the current edition. */
@Component
public class SearchQueries {
    /**
     * How long reading the documents may take. It reads the whole organigram, once per load and not for a visitor, so
     * it gets more time than the public query timeout (which a store just loaded, with a cold cache, can exceed).
     */
    static final Duration INDEXING_TIMEOUT = Duration.ofMinutes(2);

    private final KnowledgeStore store;
    private final Editions editions;
    private final NamedQuery documents;
    /** The edition the documents were last read from (none before the first read), for the query's text. */
    private volatile Map<String, Node> indexedEdition = Map.of();

    public SearchQueries(KnowledgeStore store, Editions editions, NamedQueries queries) {
        this.store = store;
        this.editions = editions;
        this.documents = queries.find("search/documents").orElseThrow();
    }

    /** The SPARQL text of what the index holds (the edition last read), for a "see the query" link. */
    public String documentsQueryText() {
        return documents.textWith(indexedEdition);
    }

    /** Every unit of the current edition, and every process, activity and law of the store, one document each. */
    public List<SearchDocument> documents() {
        var builder = store.execution(documents.query()).timeout(INDEXING_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        Map<String, Node> edition = currentEdition();
        edition.forEach((name, graph) -> builder.substitution(documents.variableOf(name), graph));
        indexedEdition = edition;
        try (QueryExecHTTP execution = builder.build()) {
            return SearchDocument.fromRows(execution.select());
        }
    }

    /** The parameter binding {@code ?__edition} to the current edition graph; none before the first edition. */
    private Map<String, Node> currentEdition() {
        return editions.current().map(edition -> Map.<String, Node>of(EditionRowSource.PARAMETER,
                NodeFactory.createURI(edition.graph()))).orElse(Map.of());
    }
}
