package it.cciaa.organigramma.opendata;

import it.cciaa.organigramma.query.NamedQueries;
import it.cciaa.organigramma.query.NamedQuery;
import it.cciaa.organigramma.query.Rows;
import it.cciaa.organigramma.store.KnowledgeStore;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The queries behind the open-data pages: the store's named graphs and their sizes. */
@Component
public class OpenDataQueries {
    private final KnowledgeStore store;
    private final NamedQuery graphs;

    public OpenDataQueries(KnowledgeStore store, NamedQueries queries) {
        this.store = store;
        this.graphs = queries.find("opendata/graphs").orElseThrow();
    }

    /** A named graph and its size. */
    public record GraphSize(String graph, long triples) {}

    public List<GraphSize> graphs() {
        return Rows.of(store.select(graphs, Map.of())).stream()
                .map(row -> new GraphSize(row.get("graph"), Long.parseLong(row.get("triples")))).toList();
    }
}
