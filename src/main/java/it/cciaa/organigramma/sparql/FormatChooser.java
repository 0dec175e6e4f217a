package it.cciaa.organigramma.sparql;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Picks the representation of an answer: {@code ?format=} when given, else the {@code Accept} header (RFC 9110
 * proactive negotiation: the highest quality wins, then the most specific range, then the server's order), else the
 * first offered format.
 */
final class FormatChooser {
    private FormatChooser() {}

    /**
     * The format to answer in, among {@code offered} (the default first).
     *
     * @param formatParameter {@code ?format=}, or null
     * @param accept the {@code Accept} header, or null
     * @param answerKind what the answer is, for the message of a 406 ("a SELECT query", "the service description")
     */
    static AnswerFormat choose(String formatParameter, String accept, List<AnswerFormat> offered, String answerKind) {
        if (formatParameter != null && !formatParameter.isBlank()) {
            AnswerFormat named = AnswerFormat.byKey(formatParameter).orElseThrow(() -> new SparqlRequestException(
                    HttpStatus.BAD_REQUEST, "Formato sconosciuto '" + formatParameter.strip() + "': usare "
                            + keys(List.of(AnswerFormat.values())) + " / unknown format '" + formatParameter.strip()
                            + "': use one of " + keys(List.of(AnswerFormat.values()))));
            if (!offered.contains(named)) {
                throw notAcceptable(answerKind, offered);
            }
            return named;
        }
        List<MediaType> ranges = ranges(accept);
        if (ranges.isEmpty()) {
            return offered.getFirst();
        }
        AnswerFormat best = null;
        double bestQuality = 0;
        int bestSpecificity = -1;
        for (AnswerFormat format : offered) {
            for (String type : format.acceptedMediaTypes()) {
                MediaType mediaType = MediaType.parseMediaType(type);
                MediaType range = mostSpecificRange(ranges, mediaType);
                if (range == null) {
                    continue;
                }
                double quality = range.getQualityValue();
                int specificity = specificity(range);
                if (quality > bestQuality || (quality == bestQuality && quality > 0 && specificity > bestSpecificity)) {
                    best = format;
                    bestQuality = quality;
                    bestSpecificity = specificity;
                }
            }
        }
        if (best == null) {
            throw notAcceptable(answerKind, offered);
        }
        return best;
    }

    private static List<MediaType> ranges(String accept) {
        if (accept == null || accept.isBlank()) {
            return List.of();
        }
        try {
            return MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            throw new SparqlRequestException(HttpStatus.BAD_REQUEST,
                    "Intestazione Accept non valida / invalid Accept header: " + e.getMessage());
        }
    }

    /** The range of the header that decides the quality of {@code type}: the most specific one that includes it. */
    private static MediaType mostSpecificRange(List<MediaType> ranges, MediaType type) {
        MediaType chosen = null;
        for (MediaType range : ranges) {
            if (range.includes(type) && (chosen == null || specificity(range) > specificity(chosen))) {
                chosen = range;
            }
        }
        return chosen;
    }

    private static int specificity(MediaType range) {
        if (range.isWildcardType()) {
            return 0;
        }
        return range.isWildcardSubtype() ? 1 : 2;
    }

    private static SparqlRequestException notAcceptable(String answerKind, List<AnswerFormat> offered) {
        String formats = offered.stream().map(f -> f.mediaType() + " (format=" + f.key() + ")")
                .collect(Collectors.joining(", "));
        return new SparqlRequestException(HttpStatus.NOT_ACCEPTABLE, "Formato non disponibile per " + answerKind
                + ". Formati possibili: " + formats + " / format not available for this answer. Available: " + formats);
    }

    private static String keys(List<AnswerFormat> formats) {
        return formats.stream().map(AnswerFormat::key).collect(Collectors.joining(", "));
    }
}
