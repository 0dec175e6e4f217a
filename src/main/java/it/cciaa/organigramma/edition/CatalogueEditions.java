package it.cciaa.organigramma.edition;

import it.cciaa.organigramma.edition.EditionTarget.CatalogueEdition;
import it.cciaa.organigramma.ingest.Iris;
import it.cciaa.organigramma.query.NamedQueries;
import it.cciaa.organigramma.query.NamedQuery;
import it.cciaa.organigramma.query.QueryRunner;
import it.cciaa.organigramma.store.KnowledgeStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;

/** The editions of a catalogue with their dates and checksums ({@code queries/edition/published-editions.rq}). */
final class CatalogueEditions {
    private static final NamedQuery QUERY = NamedQueries.load().find("edition/published-editions")
            .orElseThrow(() -> new IllegalStateException("queries/edition/published-editions.rq is missing"));

    private static final NamedQuery MODIFIED = NamedQueries.load().find("store/catalogue-modified")
            .orElseThrow(() -> new IllegalStateException("queries/store/catalogue-modified.rq is missing"));

    private CatalogueEditions() {}

    static List<Node> modified(Dataset dataset, Iris iris) {
        return values(QueryRunner.select(MODIFIED, dataset, catalogue(iris)));
    }

    static List<Node> modified(KnowledgeStore store, Iris iris) {
        return values(store.selectFresh(MODIFIED, catalogue(iris)));
    }

    private static Map<String, Node> catalogue(Iris iris) {
        return Map.of("catalogue", NodeFactory.createURI(iris.catalogue()));
    }

    private static List<Node> values(RowSet rows) {
        List<Node> values = new ArrayList<>();
        while (rows.hasNext()) {
            Node value = rows.next().get("modified");
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    static List<CatalogueEdition> read(Dataset dataset, Iris iris) {
        return rows(QueryRunner.select(QUERY, dataset, parameters(iris)));
    }

    static List<CatalogueEdition> read(KnowledgeStore store, Iris iris) {
        return rows(store.selectFresh(QUERY, parameters(iris)));
    }

    private static Map<String, Node> parameters(Iris iris) {
        return Map.of("catalogueGraph", NodeFactory.createURI(iris.catalogueGraph()));
    }

    private static List<CatalogueEdition> rows(RowSet rows) {
        List<CatalogueEdition> editions = new ArrayList<>();
        while (rows.hasNext()) {
            Binding row = rows.next();
            editions.add(new CatalogueEdition(row.get("edition").getURI(), text(row.get("modified")),
                    text(row.get("checksum"))));
        }
        return editions;
    }

    private static Optional<String> text(Node node) {
        return node == null ? Optional.empty() : Optional.of(node.isURI() ? node.getURI() : node.getLiteralLexicalForm());
    }
}
