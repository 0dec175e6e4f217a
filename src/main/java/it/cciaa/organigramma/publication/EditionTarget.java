package it.cciaa.organigramma.publication;

import it.cciaa.organigramma.iri.ServiceIris;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * The store an edition is published into: the embedded TDB2 database opened directly ({@link LocalEditionTarget})
 * or a store reached over the SPARQL protocols ({@link StoreEditionTarget}).
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

    /**
     * Writes the publication so that readers see all of it or none of it: as one transaction where the store runs a
     * request in one, otherwise in parts made visible by the last.
     */
    void apply(PublicationUpdate publication);
}
