package it.cciaa.organigramma.publication;

import it.cciaa.organigramma.capacity.Claimant;
import it.cciaa.organigramma.capacity.FairSlots;
import it.cciaa.organigramma.ingest.AllegatoFormatException;
import it.cciaa.organigramma.ingest.AllegatoImporter.ImportOptions;
import it.cciaa.organigramma.publication.EditionPublisher.Outcome;
import it.cciaa.organigramma.publication.EditionPublisher.Published;
import it.cciaa.organigramma.publication.EditionPublisher.PublishRefused;
import it.cciaa.organigramma.publication.EditionTarget.CatalogueEdition;
import it.cciaa.organigramma.store.KgProperties;
import it.cciaa.organigramma.store.DiskSpace;
import it.cciaa.organigramma.store.KnowledgeStore;
import it.cciaa.organigramma.store.StoreEngine;
import it.cciaa.organigramma.store.SettingException;
import it.cciaa.organigramma.store.StoreVersion;
import it.cciaa.organigramma.store.StoreWrites;
import org.apache.jena.atlas.web.HttpException;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import it.cciaa.organigramma.validation.OrganigramValidator.Validation;
import it.cciaa.organigramma.language.Message;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Publication in the running service: every edition submitted over HTTP, one at a time, into the store the service
 * runs on; and dry runs, which write nothing. The store's first edition is {@link SeedPublication}'s.
 */
@Service
public class EditionService {
    private static final Logger LOG = LoggerFactory.getLogger(EditionService.class);
    /** The Unioncamere map revision the documents use until a request names another. */
    static final String MAP_REVISION = "2024";
    /** Dry runs the public may run at once; validation is CPU-bound, on a machine of a few cores. */
    static final int PUBLIC_DRY_RUNS = 2;

    /** A dry run: the report, and the edition already made from the same document, if any. */
    public record DryRun(Validation validation, Optional<CatalogueEdition> alreadyPublished) {}

    private final KgProperties properties;
    private final StoreVersion version;
    private final StoreWrites writes;
    private final EditionPublisher publisher;
    /** The IPA codes known for chambers, by slug ({@code kg.ipa-codes}), written into each edition of theirs. */
    private final Map<String, String> ipaCodes;
    /** Dry runs at once: {@value #PUBLIC_DRY_RUNS} for the public (one per client by default), one for editors. */
    private final FairSlots dryRuns;

    public EditionService(KnowledgeStore store, StoreEngine engine, KgProperties properties, StoreVersion version, StoreWrites writes,
            @Value("${kg.ipa-codes:}") String ipaCodes, @Value("${kg.slots-per-client:}") String slotsPerClient) {
        this.dryRuns = new FairSlots(PUBLIC_DRY_RUNS, 1, FairSlots.perClient(slotsPerClient));
        try {
            this.ipaCodes = ImportOptions.parseIpaCodes(ipaCodes);
        } catch (IllegalArgumentException e) {
            throw new SettingException("kg.ipa-codes (KG_IPA_CODES)", ipaCodes, e.getMessage());
        }
        this.writes = writes;
        this.properties = properties;
        this.version = version;
        this.publisher = new EditionPublisher(new StoreEditionTarget(store, engine));
    }

    /** A document that cannot become an edition: not an Allegato C, RDF that is not an edition, dates that differ. */
    public static final class UnusableSubmission extends Exception {
        UnusableSubmission(String message) {
            super(message);
        }
    }

    /**
     * The edition a submission makes: an Allegato C imported with the given date, or RDF (TriG, N-Quads) as
     * {@code import} writes it, whose catalogue gives the date.
     */
    public EditionCandidate candidate(byte[] document, String sourceName, Optional<LocalDate> date,
            Optional<Lang> rdf) throws UnusableSubmission {
        try {
            if (rdf.isEmpty()) {
                return EditionCandidate.fromDocument(document, sourceName, options(date));
            }
            EditionCandidate candidate = RdfEdition.parse(document, rdf.get(), properties.iris());
            if (date.isPresent() && !date.equals(candidate.editionDate())) {
                throw new UnusableSubmission("la data " + date.get() + " non è quella dell'edizione nel catalogo ("
                        + candidate.editionDate().map(LocalDate::toString).orElse("nessuna") + ") / the date differs "
                        + "from the edition's in the catalogue");
            }
            return candidate;
        } catch (AllegatoFormatException e) {
            throw new UnusableSubmission(sourceName + ": " + e.italianMessage() + Message.SEPARATOR + sourceName + ": "
                    + e.getMessage());
        } catch (RdfEdition.RdfEditionException e) {
            Message reason = Message.of(e.getMessage());
            throw new UnusableSubmission(sourceName + ": " + reason.italian() + Message.SEPARATOR + sourceName + ": "
                    + reason.text(java.util.Locale.ENGLISH));
        }
    }

    /**
     * Validates and, without Violations, publishes an edition; one write of this service at a time, from the reading
     * of the catalogue to the write ({@link StoreWrites}).
     */
    public Outcome publish(EditionCandidate candidate) throws PublishRefused {
        if (properties.embedded()) {
            try {
                DiskSpace.require(properties.dataDir(), "a publication into the embedded store");
            } catch (DiskSpace.Exhausted full) {
                LOG.warn("Publication of {} refused: {}", candidate.editionKey(), full.getMessage());
                throw new ResponseStatusException(HttpStatus.INSUFFICIENT_STORAGE, "Spazio su disco insufficiente: "
                        + full.italian() + "; nulla è stato scritto. / " + full.getMessage() + "; nothing was written.");
            }
        }
        Object outcome = writes.exclusively(() -> {
            try {
                Outcome done = publisher.publish(candidate);
                if (done instanceof Published) {
                    refreshVersion();
                }
                return done;
            } catch (PublishRefused e) {
                return e;
            } catch (HttpException e) {
                LOG.error("The store failed the publication of {}: {}", candidate.editionKey(), e.toString());
                throw new ResponseStatusException(HttpStatus.BAD_GATEWAY, "il triple store non ha eseguito la "
                        + "pubblicazione (una richiesta, una transazione: nulla o tutto è stato scritto; /edizioni dice "
                        + "quale) / the store failed the publication's single update request");
            }
        });
        if (outcome instanceof PublishRefused refused) {
            throw refused;
        }
        if (outcome instanceof Published published) {
            LOG.info("Published edition {} ({})", published.editionKey(), published.edition());
        }
        return (Outcome) outcome;
    }

    /** Reads the new store version, within the write (see {@link StoreWrites#epoch()}). */
    private void refreshVersion() {
        try {
            version.refresh();
        } catch (RuntimeException e) {
            LOG.warn("The store version cannot be read after the publication (the next poll reads it): {}",
                    e.toString());
        }
    }

    /** Work done in the dry-run slot: reading, importing and validating a submitted document. */
    @FunctionalInterface
    public interface DryRunWork<T> {
        T run() throws java.io.IOException;
    }

    /**
     * Runs a dry run's work (from reading the body to the report) in a dry-run slot: validation is CPU-bound and
     * public, so a dry run beyond the slots, or beyond its client's share of them, is refused
     * ({@link FairSlots.Refused}) rather than queued. An editor's dry run has a slot the public cannot take.
     */
    public <T> T inDryRunSlot(Claimant claimant, DryRunWork<T> work) throws java.io.IOException {
        try (FairSlots.Slot slot = dryRuns.take(claimant)) {
            return work.run();
        }
    }

    /** Validates an edition as it would be published; writes nothing. */
    public DryRun verify(EditionCandidate candidate) {
        return new DryRun(publisher.validate(candidate), publisher.samePublished(candidate));
    }

    /**
     * How the service imports a document: on its base, with the default map revision and the chambers' IPA codes,
     * dated {@code date}.
     */
    ImportOptions options(Optional<LocalDate> date) {
        return new ImportOptions(properties.baseIri(), MAP_REVISION, date, ipaCodes);
    }
}
