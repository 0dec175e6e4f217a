package it.cciaa.organigramma.store;

import it.cciaa.organigramma.query.NamedQueries;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the store: the embedded TDB2 store when no external store is configured, and the library of queries. */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

    @Bean
    EmbeddedStore embeddedStore(KgProperties properties) {
        return new EmbeddedStore(properties.dataDir(), properties.internalQueryTimeout().toMillis(), properties.embedded());
    }

    @Bean
    KnowledgeStore knowledgeStore(KgProperties properties, ObjectProvider<EmbeddedStore> embedded) {
        if (properties.embedded()) {
            return KnowledgeStore.local(() -> embedded.getObject().dataset(), embedded.getObject().description(),
                    properties);
        }
        return new KnowledgeStore(properties::storeUrl, properties);
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
