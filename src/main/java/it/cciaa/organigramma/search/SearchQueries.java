package it.cciaa.organigramma.search;

import it.cciaa.organigramma.query.NamedQueries;
import it.cciaa.organigramma.query.NamedQuery;
import it.cciaa.organigramma.store.KnowledgeStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The store's side of search: what to index, read with {@code queries/search/documents.rq} in one query, so that the
 * index reflects one state of the store: the units of every chamber's current edition, and the shared process map and
 * laws once.
 */
@Component
public class SearchQueries {
    /**
     * How long reading the documents may take. It reads every chamber's organigram, once per load and not for a
     * visitor, so it gets more time than the public query timeout (which a store just loaded, with a cold cache, can
     * exceed).
     */
    static final Duration INDEXING_TIMEOUT = Duration.ofMinutes(2);

    private final KnowledgeStore store;
    private final NamedQuery documents;

    public SearchQueries(KnowledgeStore store, NamedQueries queries) {
        this.store = store;
        this.documents = queries.find("search/documents").orElseThrow();
    }

    /** The SPARQL text of what the index holds, for a "see the query" link: it runs as it is. */
    public String documentsQueryText() {
        return documents.textWith(Map.of());
    }

    /** Every unit of every chamber's current edition, and every process, activity and law of the store, once each. */
    public List<SearchDocument> documents() {
        return store.query(documents.query(), INDEXING_TIMEOUT, execution -> SearchDocument.fromRows(execution.select()));
    }
}
