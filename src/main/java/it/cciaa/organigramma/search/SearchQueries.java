package it.cciaa.organigramma.search;

import it.cciaa.organigramma.query.NamedQueries;
import it.cciaa.organigramma.query.NamedQuery;
import it.cciaa.organigramma.store.KnowledgeStore;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The store's side of search: what to index, read with {@code queries/search/documents.rq}. */
@Component
public class SearchQueries {
    private final KnowledgeStore store;
    private final NamedQuery documents;

    public SearchQueries(KnowledgeStore store, NamedQueries queries) {
        this.store = store;
        this.documents = queries.find("search/documents").orElseThrow();
    }

    /** Every unit, process, activity and law of the store, one document each. */
    public List<SearchDocument> documents() {
        return SearchDocument.fromRows(store.select(documents, Map.of()));
    }
}
