package it.cciaa.organigramma.publication;

import it.cciaa.organigramma.iri.ServiceIris;
import it.cciaa.organigramma.publication.EditionTarget.CatalogueEdition;
import it.cciaa.organigramma.query.NamedQueries;
import it.cciaa.organigramma.query.NamedQuery;
import it.cciaa.organigramma.query.RowSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;

/**
 * What a publication reads of the catalogue, on the store as it is now (never a cached answer): the editions with
 * their dates and checksums ({@code queries/edition/published-editions.rq}) and the catalogue's modification time.
 */
final class CatalogueEditions {
    private static final NamedQuery QUERY = NamedQueries.load().find("edition/published-editions")
            .orElseThrow(() -> new IllegalStateException("queries/edition/published-editions.rq is missing"));

    private static final NamedQuery MODIFIED = NamedQueries.load().find("store/catalogue-modified")
            .orElseThrow(() -> new IllegalStateException("queries/store/catalogue-modified.rq is missing"));

    private CatalogueEditions() {}

    /** The catalogue's {@code dct:modified} values ({@code queries/store/catalogue-modified.rq}). */
    static List<Node> modified(RowSource store, ServiceIris iris) {
        RowSet rows = store.select(MODIFIED, Map.of("catalogue", NodeFactory.createURI(iris.catalogue())));
        List<Node> values = new ArrayList<>();
        while (rows.hasNext()) {
            Node value = rows.next().get("modified");
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    /** The editions of the catalogue with their dates and checksums. */
    static List<CatalogueEdition> read(RowSource store, ServiceIris iris) {
        RowSet rows = store.select(QUERY, Map.of("catalogueGraph", NodeFactory.createURI(iris.catalogueGraph())));
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
