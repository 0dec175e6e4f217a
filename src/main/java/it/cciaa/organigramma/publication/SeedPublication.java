package it.cciaa.organigramma.publication;

import it.cciaa.organigramma.ingest.AllegatoFormatException;
import it.cciaa.organigramma.project.ProjectResources;
import it.cciaa.organigramma.publication.EditionPublisher.Published;
import it.cciaa.organigramma.publication.EditionPublisher.PublishRefused;
import it.cciaa.organigramma.query.NamedQueries;
import it.cciaa.organigramma.store.KgProperties;
import it.cciaa.organigramma.store.KnowledgeStore;
import it.cciaa.organigramma.store.StoreEngine;
import it.cciaa.organigramma.store.StoreFailure;
import it.cciaa.organigramma.store.StoreVersion;
import it.cciaa.organigramma.store.StoreWrites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.NodeFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The first content of an empty store (the Foggia edition), published when the service starts. */
@Component
@Order(0)
class SeedPublication implements ApplicationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(SeedPublication.class);

    private final KnowledgeStore store;
    private final KgProperties properties;
    private final NamedQueries queries;
    private final StoreVersion version;
    private final StoreWrites writes;
    private final EditionService publications;
    private final EditionPublisher publisher;

    SeedPublication(KnowledgeStore store, StoreEngine engine, KgProperties properties, NamedQueries queries,
            StoreVersion version, StoreWrites writes, EditionService publications) {
        this.store = store;
        this.properties = properties;
        this.queries = queries;
        this.version = version;
        this.writes = writes;
        this.publications = publications;
        this.publisher = new EditionPublisher(new StoreEditionTarget(store, engine));
    }

    /**
     * On start: an empty store gets its first edition (the seed: the Foggia document, or {@code kg.seed-document},
     * dated {@code kg.seed-edition-date}) through the same gate as every publication: with Violations it is not
     * published, and the service serves no edition until one is. Several instances starting together on one empty
     * store each try; the catalogue's guard lets one write, and the others find its edition and serve it.
     */
    @Override
    public void run(ApplicationArguments arguments) throws AllegatoFormatException, java.io.IOException {
        try {
            start();
        } catch (RuntimeException e) {
            if (!StoreFailure.unreachable(e)) {
                throw e;
            }
            // The service starts anyway: health says DOWN with the reason, pages answer 503, and this is tried again
            // every kg.freshness until the store answers.
            LOG.warn("The store at {} cannot be reached ({}): the service starts without it and tries again every "
                    + "few seconds; check that the store runs and KG_STORE_URL", store.queryEndpoint(),
                    StoreFailure.cause(e));
            version.poll();
            pending = true;
        }
    }

    private volatile boolean pending;

    /** While the store could not be reached at start: try the start's work again. */
    @Scheduled(initialDelayString = "${kg.freshness:PT5S}", fixedDelayString = "${kg.freshness:PT5S}")
    void retry() throws AllegatoFormatException, java.io.IOException {
        if (!pending) {
            return;
        }
        try {
            start();
            pending = false;
            LOG.info("The store answers: the service serves its content");
        } catch (RuntimeException e) {
            if (!StoreFailure.unreachable(e)) {
                pending = false;
                throw e;
            }
        }
    }

    private void start() throws AllegatoFormatException, java.io.IOException {
        if (hasCatalogue()) {
            LOG.info("The store already holds the catalogue: reusing it");
        } else {
            seed();
        }
        version.refresh();
    }

    private void seed() throws AllegatoFormatException, java.io.IOException {
        long start = System.nanoTime();
        Path document = properties.seedDocument();
        boolean shipped = document == null || document.toString().isBlank();
        EditionCandidate seed = EditionCandidate.fromDocument(
                shipped ? ProjectResources.bytes(ProjectResources.FOGGIA_DOCUMENT) : Files.readAllBytes(document),
                shipped ? "allegato-c-cciaa-foggia.txt" : document.getFileName().toString(),
                publications.options(Optional.ofNullable(properties.seedEditionDate())));
        Object outcome = writes.exclusively(() -> {
            try {
                Object done = publisher.publish(seed);
                version.refresh(); // within the write, as every write of the service (StoreWrites.epoch)
                return done;
            } catch (PublishRefused e) {
                return e;
            }
        });
        switch (outcome) {
            case Published published -> LOG.info("Published the first edition {} in {} ms", published.editionKey(),
                    (System.nanoTime() - start) / 1_000_000);
            case EditionPublisher.AlreadyPublished already -> LOG.info("The first edition {} was published meanwhile "
                    + "(another instance of the service): serving it", already.editionKey());
            case EditionPublisher.Rejected rejected -> LOG.error("The first edition ({}) is NOT published: its "
                    + "validation found {} SHACL Violations. The service serves no edition until a publishable one is "
                    + "published (POST /admin/edizioni, or the publish command). Report:\n{}", seed.editionKey(),
                    rejected.validation().count(it.cciaa.organigramma.validation.ResultView.Severity.VIOLATION),
                    violationsReport(rejected, seed.editionKey()));
            case PublishRefused refused when hasCatalogue() -> LOG.info("Another instance of the service published "
                    + "the first edition meanwhile: serving it");
            case PublishRefused refused -> throw new IllegalStateException("The first edition cannot be published: "
                    + refused.getMessage(), refused);
            default -> throw new IllegalStateException("unexpected outcome " + outcome);
        }
    }

    private static String violationsReport(EditionPublisher.Rejected rejected, String key) {
        java.io.ByteArrayOutputStream text = new java.io.ByteArrayOutputStream();
        it.cciaa.organigramma.validation.ReportWriter.write(rejected.validation(),
                it.cciaa.organigramma.validation.ReportWriter.Format.TEXT, "edizione " + key, text);
        return text.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private boolean hasCatalogue() {
        return store.ask(queries.find("store/has-catalogue").orElseThrow(),
                Map.of("catalogueGraph", NodeFactory.createURI(properties.iris().catalogueGraph())));
    }
}
