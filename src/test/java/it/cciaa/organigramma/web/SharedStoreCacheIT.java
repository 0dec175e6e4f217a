package it.cciaa.organigramma.web;

import static org.assertj.core.api.Assertions.assertThat;

import it.cciaa.organigramma.edition.ChangedFoggiaDocument;
import it.cciaa.organigramma.edition.ServiceProcess;
import it.cciaa.organigramma.edition.TestEditors;
import it.cciaa.organigramma.publication.EditionPublishingIT;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the service on one external store (a standalone Fuseki), each keeping whole answers
 * ({@code web.AnswerCache}): a publication through one changes every kept answer of the other within the freshness
 * interval, and no answer, kept or not, ever names two editions.
 */
class SharedStoreCacheIT {
    private static final Duration FRESHNESS = Duration.ofSeconds(1);
    private static final String UNIT = "/data/organization/support-unit/cciaa-di-foggia/ufficio-2-1";
    /** Answers that name the current edition, and only it. */
    private static final List<Map.Entry<String, String>> ROUTES = List.of(
            Map.entry(UNIT, "text/html"),
            Map.entry(UNIT, "text/turtle"),
            Map.entry(UNIT, "application/ld+json"),
            Map.entry("/api/queries/home/current-edition", "application/json"),
            Map.entry("/organigramma", "text/html"));
    private static final Pattern EDITION = Pattern.compile("organigramma/cciaa-di-foggia/(\\d{4}-\\d{2}-\\d{2})");

    private static Set<String> editionsNamedIn(String body) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = EDITION.matcher(body);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static long answersHit(ServiceProcess service) {
        HttpResponse<String> metric = service.send(HttpRequest.newBuilder(URI.create(service.url(
                "/actuator/metrics/cache.gets?tag=cache:answers&tag=result:hit")))
                .header("Authorization", TestEditors.editorAuthorization()).build());
        assertThat(metric.statusCode()).isEqualTo(200);
        Matcher value = Pattern.compile("\"value\":([0-9.E]+)").matcher(metric.body());
        assertThat(value.find()).isTrue();
        return (long) Double.parseDouble(value.group(1));
    }

    @Test
    void aPublicationThroughOneInstanceChangesTheOthersKeptAnswersWithinTheFreshnessAndNoneMixesTwoEditions()
            throws Exception {
        LiveService.StandaloneFuseki fuseki = LiveService.startStandaloneFuseki();
        Path directory = Files.createTempDirectory("kg-shared-cache-");
        Map<String, String> environment = Map.of("KG_USERS", TestEditors.environment().get("KG_USERS"),
                "KG_STORE_URL", fuseki.dataset(), "KG_FRESHNESS", "PT1S");
        try (ServiceProcess first = ServiceProcess.start(directory.resolve("a"), environment);
                ServiceProcess second = ServiceProcess.start(directory.resolve("b"), environment)) {
            for (Map.Entry<String, String> route : ROUTES) {
                HttpResponse<String> answer = second.get(route.getKey(), route.getValue());
                assertThat(answer.statusCode()).as(route.toString()).isEqualTo(200);
                assertThat(editionsNamedIn(answer.body())).as(route.toString()).containsExactly("2025-01-01");
            }
            long hitsBefore = answersHit(second);
            for (Map.Entry<String, String> route : ROUTES) { // answered again from the kept bytes
                assertThat(editionsNamedIn(second.get(route.getKey(), route.getValue()).body()))
                        .containsExactly("2025-01-01");
            }
            assertThat(answersHit(second) - hitsBefore).isGreaterThanOrEqualTo(ROUTES.size());

            // Readers on both instances all along; every answer names one edition.
            AtomicBoolean stop = new AtomicBoolean();
            ConcurrentLinkedQueue<String> mixed = new ConcurrentLinkedQueue<>();
            AtomicInteger reads = new AtomicInteger();
            List<Thread> readers = new ArrayList<>();
            for (ServiceProcess service : List.of(first, second, second)) {
                readers.add(Thread.ofPlatform().start(() -> {
                    while (!stop.get()) {
                        for (Map.Entry<String, String> route : ROUTES) {
                            HttpResponse<String> answer = service.get(route.getKey(), route.getValue());
                            reads.incrementAndGet();
                            Set<String> named = editionsNamedIn(answer.body());
                            if (answer.statusCode() != 200 || named.size() != 1) {
                                mixed.add(route + " " + answer.statusCode() + " " + named);
                            }
                        }
                    }
                }));
            }
            HttpResponse<String> published = first.send(EditionPublishingIT.publication(first,
                    ChangedFoggiaDocument.changed(), "2026-01-01").build());
            long publishedAt = System.nanoTime();
            assertThat(published.statusCode()).as(published.body()).isEqualTo(201);

            // Once the freshness interval has passed (and the poll that reads the new version: it waits the interval
            // after the previous poll ended, on a machine the readers keep busy), the second instance answers nothing
            // old.
            Thread.sleep(FRESHNESS.multipliedBy(2).plusMillis(500).toMillis());
            long checkedAt = System.nanoTime();
            for (Map.Entry<String, String> route : ROUTES) {
                HttpResponse<String> answer = second.get(route.getKey(), route.getValue());
                assertThat(editionsNamedIn(answer.body())).as(route + ", "
                        + Duration.ofNanos(checkedAt - publishedAt).toMillis() + " ms after the publication")
                        .containsExactly("2026-01-01");
            }
            Thread.sleep(500);
            stop.set(true);
            for (Thread reader : readers) {
                reader.join();
            }
            assertThat(mixed).as("answers naming no edition or two, in " + reads.get() + " reads").isEmpty();
            assertThat(reads.get()).isGreaterThan(100);
        } finally {
            fuseki.process().destroyForcibly();
        }
    }
}
