package it.cciaa.organigramma.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import it.cciaa.organigramma.store.SettingException;
import it.cciaa.organigramma.store.StoreLoadedEvent;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Whole answers, kept as bytes: between two publications every public GET answer is a function of the store version
 * and the request, so the second asker of a page, an RDF view, an API answer, a search or a dump gets the bytes the
 * first one got, without a query or a template. Keyed by the store version and the representation (URL with its
 * parameters, {@code Accept}, {@code Accept-Language}, {@code Origin}); bounded in bytes ({@code kg.answer-cache-size}, 64 MB by
 * default, an answer larger than a sixteenth of it is never kept); emptied when the store's content changes, on this
 * instance or on another one sharing the store (seen within {@code kg.freshness}). Hits, misses and evictions are in
 * the metrics as {@code cache.*{cache="answers"}}.
 */
@Component
public class AnswerCache {
    /**
     * @param version the store version the answer was read at
     * @param url the request's URL with its query string (scheme and host included: some answers name them)
     * @param accept the {@code Accept} header, or null
     * @param language the {@code Accept-Language} header, or null
     * @param origin the {@code Origin} header, or null (a cross-origin answer carries CORS headers)
     */
    record Key(String version, String url, String accept, String language, String origin) {
        int weight() {
            return 64 + 2 * (version.length() + url.length() + length(accept) + length(language) + length(origin));
        }

        private static int length(String header) {
            return header == null ? 0 : header.length();
        }
    }

    /** A successful answer: its headers (in order, repeated names kept) and its body. */
    record Answer(List<Map.Entry<String, String>> headers, byte[] body) {
        /** The first value of a header, or null. */
        String header(String name) {
            for (Map.Entry<String, String> header : headers) {
                if (header.getKey().equalsIgnoreCase(name)) {
                    return header.getValue();
                }
            }
            return null;
        }

        int weight() {
            int weight = 64 + body.length;
            for (Map.Entry<String, String> header : headers) {
                weight += 2 * (header.getKey().length() + header.getValue().length()) + 32;
            }
            return weight;
        }
    }

    private final Cache<Key, Answer> answers;
    private final long largestAnswer;

    public AnswerCache(@Value("${kg.answer-cache-size:64MB}") String size, MeterRegistry meters) {
        DataSize bytes;
        try {
            bytes = DataSize.parse(size);
        } catch (IllegalArgumentException e) {
            bytes = DataSize.ofBytes(-1);
        }
        if (bytes.isNegative()) {
            throw new SettingException("kg.answer-cache-size (KG_ANSWER_CACHE_SIZE)", size,
                    "a size such as 64MB or 0 (no cache), how much memory whole answers may take");
        }
        this.largestAnswer = bytes.toBytes() / 16;
        this.answers = Caffeine.newBuilder()
                .maximumWeight(bytes.toBytes())
                .weigher((Key key, Answer answer) -> key.weight() + answer.weight())
                .recordStats()
                .build();
        CaffeineCacheMetrics.monitor(meters, answers, "answers");
    }

    Answer find(Key key) {
        return answers.getIfPresent(key);
    }

    /** The largest body kept, in bytes; a larger answer streams to its client and is not kept. */
    long largestAnswer() {
        return largestAnswer;
    }

    void keep(Key key, Answer answer) {
        if (answer.body().length <= largestAnswer) {
            answers.put(key, answer);
        }
    }

    /** The content changed: no kept answer is of the current version any more. */
    @EventListener
    void contentChanged(StoreLoadedEvent event) {
        answers.invalidateAll();
    }
}
