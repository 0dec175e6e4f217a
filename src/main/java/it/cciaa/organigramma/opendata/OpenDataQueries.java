package it.cciaa.organigramma.opendata;

import it.cciaa.organigramma.query.NamedQueries;
import it.cciaa.organigramma.query.NamedQuery;
import it.cciaa.organigramma.query.Rows;
import it.cciaa.organigramma.store.KnowledgeStore;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The queries behind the open-data pages: the store's graphs and the catalogue's editions. */
@Component
public class OpenDataQueries {
    private final KnowledgeStore store;
    private final NamedQuery graphs;
    private final NamedQuery editions;

    public OpenDataQueries(KnowledgeStore store, NamedQueries queries) {
        this.store = store;
        this.graphs = queries.find("opendata/graphs").orElseThrow();
        this.editions = queries.find("opendata/editions").orElseThrow();
    }

    /** A named graph and its size. */
    public record GraphSize(String graph, long triples) {}

    /** An edition of the catalogue. */
    public record Edition(String iri, String identifier, String title, String modified, String version) {}

    public List<GraphSize> graphs() {
        return Rows.of(store.select(graphs, Map.of())).stream()
                .map(row -> new GraphSize(row.get("graph"), Long.parseLong(row.get("triples")))).toList();
    }

    /** Newest first; the first is the current edition. */
    public List<Edition> editions() {
        return Rows.of(store.select(editions, Map.of())).stream()
                .map(row -> new Edition(row.get("edition"), row.get("identifier"), row.get("title"),
                        row.get("modified"), row.get("version")))
                .toList();
    }
}
