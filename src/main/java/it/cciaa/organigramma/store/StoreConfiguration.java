package it.cciaa.organigramma.store;

import it.cciaa.organigramma.query.NamedQueries;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the store: the embedded Fuseki when no external store is configured, and the library of queries. */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

    @Bean
    EmbeddedFuseki embeddedFuseki(KgProperties properties) {
        return new EmbeddedFuseki(properties.dataDir(), properties.internalQueryTimeout().toMillis(), properties.embedded());
    }

    @Bean
    KnowledgeStore knowledgeStore(KgProperties properties, ObjectProvider<EmbeddedFuseki> embedded) {
        return new KnowledgeStore(properties.embedded()
                ? () -> embedded.getObject().datasetUrl()
                : properties::storeUrl, properties);
    }

    @Bean
    StoreEngine storeEngine(KnowledgeStore store, KgProperties properties) {
        return new StoreEngine(store, properties);
    }

    @Bean
    NamedQueries namedQueries() {
        return NamedQueries.load();
    }
}
