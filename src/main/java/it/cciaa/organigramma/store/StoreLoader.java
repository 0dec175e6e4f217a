package it.cciaa.organigramma.store;

import it.cciaa.organigramma.ingest.AllegatoFormatException;
import it.cciaa.organigramma.ingest.AllegatoImporter;
import it.cciaa.organigramma.ingest.AllegatoImporter.ImportOptions;
import it.cciaa.organigramma.ingest.AllegatoImporter.Imported;
import it.cciaa.organigramma.ingest.Iris;
import it.cciaa.organigramma.query.NamedQueries;
import it.cciaa.organigramma.vocabulary.Prefixes;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.vocabulary.DCTerms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Fills an empty store on first start: the ontology, the shapes, the controlled vocabularies, the laws, the process
 * map and the Foggia edition imported from {@code data/source/}. A store that already holds the catalogue is reused
 * as it is.
 */
@Component
@Order(0)
public class StoreLoader implements ApplicationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(StoreLoader.class);

    private final KnowledgeStore store;
    private final KgProperties properties;
    private final NamedQueries queries;
    private final ApplicationEventPublisher events;

    public StoreLoader(KnowledgeStore store, KgProperties properties, NamedQueries queries,
            ApplicationEventPublisher events) {
        this.store = store;
        this.properties = properties;
        this.queries = queries;
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments arguments) throws AllegatoFormatException {
        Iris iris = new Iris(properties.baseIri(), "", "");
        boolean loaded = store.ask(queries.find("store/has-catalogue").orElseThrow(),
                Map.of("catalogueGraph", NodeFactory.createURI(iris.catalogueGraph())));
        if (loaded) {
            LOG.info("The store already holds the catalogue: reusing it");
        } else {
            long start = System.nanoTime();
            Dataset seed = seed();
            try (RDFConnection connection = store.connect()) {
                // Graph by graph (SPARQL 1.1 Graph Store Protocol), the catalogue last: it marks a complete load.
                for (Iterator<String> names = seed.listNames(); names.hasNext(); ) {
                    String name = names.next();
                    if (!name.equals(iris.catalogueGraph())) {
                        connection.load(name, seed.getNamedModel(name));
                    }
                }
                connection.load(iris.catalogueGraph(), seed.getNamedModel(iris.catalogueGraph()));
            }
            LOG.info("Loaded the store with {} quads in {} ms", seed.asDatasetGraph().stream().count(),
                    (System.nanoTime() - start) / 1_000_000);
        }
        store.contentChanged();
        events.publishEvent(new StoreLoadedEvent(Instant.now()));
    }

    /** The first content of the store, with every IRI of ours on the configured base. */
    Dataset seed() throws AllegatoFormatException {
        ImportOptions options = new ImportOptions(properties.baseIri(), "2024",
                Optional.ofNullable(properties.seedEditionDate()));
        Imported imported = new AllegatoImporter(options)
                .importDocument(ProjectResources.bytes(ProjectResources.FOGGIA_DOCUMENT), "allegato-c-cciaa-foggia.txt");
        BaseRewriter rewriter = new BaseRewriter(properties.baseIri());
        Dataset dataset = DatasetFactory.create();
        for (Iterator<String> names = imported.dataset().listNames(); names.hasNext(); ) {
            String name = names.next();
            dataset.addNamedModel(name, rewriter.rewrite(imported.dataset().getNamedModel(name)));
        }
        Iris iris = imported.iris();
        dataset.addNamedModel(iris.ontologyGraph(), rewriter.rewrite(ProjectResources.turtle("ontology/organigramma.ttl")));
        dataset.addNamedModel(iris.base() + "/graph/shapes",
                rewriter.rewrite(ProjectResources.turtle(ProjectResources.list("shapes", "*.ttl"))));
        Model catalogue = dataset.getNamedModel(iris.catalogueGraph());
        catalogue.getResource(iris.catalogue()).addLiteral(DCTerms.modified,
                catalogue.createTypedLiteral(Instant.now().toString(), XSDDatatype.XSDdateTime));
        Prefixes.applyTo(dataset.getDefaultModel());
        return dataset;
    }
}
