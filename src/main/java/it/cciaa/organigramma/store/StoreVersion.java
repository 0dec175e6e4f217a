package it.cciaa.organigramma.store;

import it.cciaa.organigramma.query.NamedQueries;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * What the store's content is now, for HTTP caching: the catalogue's {@code dct:modified}, set at every load.
 * Every page, API answer and dump is a function of the content and the request, so this one value yields their
 * {@code ETag} and {@code Last-Modified}.
 */
@Component
public class StoreVersion {
    private final KnowledgeStore store;
    private final NamedQueries queries;
    private final Node catalogue;
    private final ApplicationEventPublisher events;
    private volatile Instant modified = Instant.EPOCH;
    private volatile Instant exact = Instant.EPOCH;
    private volatile boolean everRead;

    public StoreVersion(KnowledgeStore store, NamedQueries queries, KgProperties properties,
            ApplicationEventPublisher events, @Value("${kg.freshness:PT5S}") String freshness) {
        try {
            if (org.springframework.boot.convert.DurationStyle.detectAndParse(freshness).isNegative()) {
                throw new IllegalArgumentException("negative");
            }
        } catch (IllegalArgumentException e) {
            throw new SettingException("kg.freshness (KG_FRESHNESS)", freshness,
                    "a duration such as PT5S or 5s, how soon another instance's publication shows here");
        }
        this.store = store;
        this.queries = queries;
        this.catalogue = NodeFactory.createURI(properties.iris().catalogue());
        this.events = events;
    }

    /**
     * Every {@code kg.freshness} (5 s by default): another instance of the service may have published to a shared
     * store, and its change must show here within that time.
     */
    @Scheduled(initialDelayString = "${kg.freshness:PT5S}", fixedDelayString = "${kg.freshness:PT5S}")
    public void poll() {
        try {
            refresh();
            if (outage != null) {
                org.slf4j.LoggerFactory.getLogger(StoreVersion.class).info("The store answers again, after {}",
                        outage.reason());
                outage = null;
            }
        } catch (RuntimeException e) {
            String reason = e instanceof org.apache.jena.atlas.web.HttpException http && http.getStatusCode() > 0
                    ? StoreFailure.describe(http) : StoreFailure.cause(e);
            if (outage == null) {
                org.slf4j.LoggerFactory.getLogger(StoreVersion.class).warn("The store at {} cannot be read ({}): "
                        + "pages answer 503 until it can; check that it runs and KG_STORE_URL", store.queryEndpoint(),
                        reason);
                outage = new Outage(reason, Instant.now());
            } else {
                outage = new Outage(reason, outage.since());
            }
        }
    }

    /** Why the store could not be read at the last poll, and since when; none while it answers. */
    public record Outage(String reason, Instant since) {}

    private volatile Outage outage;

    /** The store's outage as the polls see it: empty while it answers. */
    public java.util.Optional<Outage> outage() {
        return java.util.Optional.ofNullable(outage);
    }

    /**
     * Reads the catalogue's modification time again (after a publication, or because another instance may have
     * published); when it changed (or on the first read), forgets the cached answers and announces the new content
     * ({@link StoreLoadedEvent}) to the indexes.
     */
    public synchronized void refresh() {
        Instant read = read(store.select(queries.find("store/catalogue-modified").orElseThrow(),
                Map.of("catalogue", catalogue)));
        boolean changed = !read.equals(exact) || !everRead;
        exact = read;
        // Last-Modified never goes backwards, even for a store restored from an older backup (the ETag still changes).
        Instant second = read.truncatedTo(ChronoUnit.SECONDS);
        modified = second.isAfter(modified) ? second : modified;
        everRead = true;
        if (changed) {
            store.contentChanged();
            events.publishEvent(new StoreLoadedEvent(Instant.now()));
        }
    }

    /** The catalogue's latest {@code dct:modified} among the rows (EPOCH: none). */
    private static Instant read(RowSetRewindable rows) {
        Instant read = Instant.EPOCH;
        while (rows.hasNext()) { // one value; if a hand-made write left more, the latest that is a time
            Node value = rows.next().get("modified");
            if (value != null && value.isLiteral()) {
                try {
                    Instant parsed = Instant.parse(value.getLiteralLexicalForm());
                    read = parsed.isAfter(read) ? parsed : read;
                } catch (java.time.format.DateTimeParseException e) {
                    org.slf4j.LoggerFactory.getLogger(StoreVersion.class).warn(
                            "The catalogue's dct:modified «{}» is not a time: ignored", value.getLiteralLexicalForm());
                }
            }
        }
        return read;
    }

    /** When the content last changed, to the second (HTTP dates have no finer grain). */
    public Instant modified() {
        return modified;
    }

    /** A short token that changes whenever the content does. */
    public String token() {
        return token(exact);
    }

    private static String token(Instant modified) {
        return Long.toString(modified.getEpochSecond(), 36) + Integer.toString(modified.getNano(), 36);
    }

    /**
     * Whether the store's content is still the version {@code token} names, read from the store now (not from the
     * last poll): an answer read across another instance's publication is then seen to be of no one version.
     */
    public boolean stillCurrent(String token) {
        try {
            return token(read(store.selectFresh(queries.find("store/catalogue-modified").orElseThrow(),
                    Map.of("catalogue", catalogue)))).equals(token);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
