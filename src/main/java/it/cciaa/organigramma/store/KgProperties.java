package it.cciaa.organigramma.store;

import it.cciaa.organigramma.iri.ServiceIris;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The service's settings, {@code kg.*} in {@code application.properties}; each can be set from the environment
 * ({@code KG_BASE_IRI}, {@code KG_DATA_DIR}, {@code KG_STORE_URL}, {@code KG_QUERY_TIMEOUT}, …).
 *
 * @param baseIri base of the IRIs the service mints and serves by path, without a final slash (empty: the default)
 * @param dataDir where the embedded store keeps its TDB2 database
 * @param storeUrl an external SPARQL 1.1 store (Query, Update, Graph Store Protocol at one dataset URL, as Fuseki);
 *     empty: the embedded store
 * @param storeQueryUrl the external store's query endpoint, when it differs from {@code storeUrl}
 * @param storeUpdateUrl the external store's update endpoint, when it differs from {@code storeUrl}
 * @param storeGspUrl the external store's Graph Store Protocol endpoint, when it differs from {@code storeUrl}
 * @param storeUser user for the external store, when it needs one
 * @param storePassword password for the external store
 * @param queryTimeout how long a public query may run before it is stopped
 * @param internalQueryTimeout how long the service's own queries (pages, APIs, loading) may run
 * @param maxRows most rows (or triples) a public query returns
 * @param maxBytes most bytes a public query's answer may take
 * @param seedEditionDate date of the edition published on the first start of an empty store (default 2025-01-01;
 *     empty: named by its document's checksum)
 * @param seedDocument the Allegato C published on the first start of an empty store (default: the Foggia document the
 *     project ships)
 */
@ConfigurationProperties(prefix = "kg")
public record KgProperties(
        @DefaultValue(ServiceIris.DEFAULT_BASE) String baseIri,
        @DefaultValue("run") Path dataDir,
        @DefaultValue("") String storeUrl,
        @DefaultValue("") String storeQueryUrl,
        @DefaultValue("") String storeUpdateUrl,
        @DefaultValue("") String storeGspUrl,
        @DefaultValue("") String storeUser,
        @DefaultValue("") String storePassword,
        @DefaultValue("10s") Duration queryTimeout,
        @DefaultValue("60s") Duration internalQueryTimeout,
        @DefaultValue("10000") int maxRows,
        @DefaultValue("16777216") long maxBytes,
        LocalDate seedEditionDate,
        Path seedDocument) {

    public KgProperties {
        baseIri = baseIri == null || baseIri.isBlank() ? ServiceIris.DEFAULT_BASE
                : baseIri.endsWith("/") ? baseIri.substring(0, baseIri.length() - 1) : baseIri;
        if (seedDocument != null && !seedDocument.toString().isBlank()
                && !java.nio.file.Files.isReadable(seedDocument)) {
            throw new SettingException("kg.seed-document (KG_SEED_DOCUMENT)", seedDocument.toString(),
                    "no such readable file: the Allegato C (text, DOCX or RDF edition) published on the first start "
                    + "of an empty store");
        }
    }

    /** The IRIs the service mints, on its base. */
    public ServiceIris iris() {
        return new ServiceIris(baseIri);
    }

    /** Whether the service runs its own store rather than an external one. */
    public boolean embedded() {
        return storeUrl == null || storeUrl.isBlank();
    }
}
