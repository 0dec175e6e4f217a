package it.cciaa.organigramma.publication;

import it.cciaa.organigramma.iri.ServiceIris;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.update.UpdateRequest;

/**
 * The store an edition is published into: the embedded TDB2 database opened directly ({@link LocalEditionTarget})
 * or a store reached over the SPARQL protocols ({@link StoreEditionTarget}). A publication is one SPARQL Update
 * request, applied in one write transaction.
 */
public interface EditionTarget {
    /** An edition of the catalogue, as a publication compares it with a new one. */
    record CatalogueEdition(String edition, Optional<String> modified, Optional<String> checksum) {
        /** The last segment of the dataset IRI: the date, or {@code sha256-…}. */
        public String key() {
            return edition.substring(edition.lastIndexOf('/') + 1);
        }
    }

    /** The editions the store's catalogue lists now (never a cached answer). */
    List<CatalogueEdition> editions(ServiceIris iris);

    /** The catalogue's {@code dct:modified} values as stored (one, or none in an empty store); never cached. */
    List<Node> catalogueModified(ServiceIris iris);

    /** A named graph of the store, copied; empty when the store lacks it. */
    Graph graph(String name);

    /** Applies the whole request as one transaction: all of it or nothing. */
    void apply(UpdateRequest request);
}
