package it.cciaa.organigramma.linkeddata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * What a request asks for: a page for people (HTML), page data (JSON) or an RDF serialization, by {@code ?format=}
 * first and {@code Accept} second (q-values honoured). Browsers and {@code *}{@code /*} get HTML. A page that shows a
 * table asks {@link #csvPreferred} first and answers CSV when it says so.
 */
public sealed interface Representation {
    /** CSV, the form of a page's table ({@link #csvPreferred}). */
    MediaType TEXT_CSV = new MediaType("text", "csv");

    record Html() implements Representation {}

    record Json() implements Representation {}

    record Rdf(RdfFormat format) implements Representation {}

    /** The representation to answer with, or a 406 that lists what the service offers. */
    static Representation required(String formatParameter, String accept) {
        return choose(formatParameter, accept).orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
                org.springframework.http.HttpStatus.NOT_ACCEPTABLE,
                "Formati disponibili: text/html, application/json e i formati RDF (text/turtle, application/ld+json, "
                        + "application/rdf+xml, application/n-triples); text/csv per le pagine con tabelle"));
    }

    /** A 303 See Other to where the RDF of what a page presents lives (the page itself has none). */
    static org.springframework.web.servlet.ModelAndView seeOther(String location) {
        org.springframework.web.servlet.view.RedirectView redirect =
                new org.springframework.web.servlet.view.RedirectView(location, true);
        redirect.setStatusCode(org.springframework.http.HttpStatus.SEE_OTHER);
        return new org.springframework.web.servlet.ModelAndView(redirect);
    }

    /** The representation to answer with; empty when the request accepts nothing the service offers (406). */
    static Optional<Representation> choose(String formatParameter, String accept) {
        if (formatParameter != null && !formatParameter.isBlank()) {
            return switch (formatParameter.toLowerCase()) {
                case "html" -> Optional.of(new Html());
                case "json" -> Optional.of(new Json());
                default -> RdfFormat.ofParameter(formatParameter).map(Rdf::new);
            };
        }
        return preferred(accept).stream().map(Representation::offered).flatMap(Optional::stream).findFirst();
    }

    /**
     * Whether a page that also offers its table as CSV should answer with it: {@code ?format=csv}, or an {@code Accept}
     * that prefers {@code text/csv} to every other form the service offers.
     */
    static boolean csvPreferred(String formatParameter, String accept) {
        if (formatParameter != null && !formatParameter.isBlank()) {
            return formatParameter.strip().equalsIgnoreCase("csv");
        }
        for (MediaType wanted : preferred(accept)) {
            if (offered(wanted).isPresent()) {
                return false;
            }
            if (wanted.includes(TEXT_CSV)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The media ranges of {@code Accept}, most preferred first, without those it refuses ({@code q=0}); none when it is
     * malformed, {@code *}{@code /*} when it is absent or blank.
     */
    static List<MediaType> preferred(String accept) {
        List<MediaType> accepted;
        try {
            accepted = accept == null || accept.isBlank() ? List.of(MediaType.ALL) : MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            return List.of();
        }
        List<MediaType> sorted = new ArrayList<>(accepted);
        sorted.removeIf(type -> type.getQualityValue() == 0);
        sorted.sort(Comparator.comparingDouble((MediaType m) -> -m.getQualityValue()));
        return sorted;
    }

    /** What the service answers to one media range, if anything: HTML for browsers and wildcards, RDF, JSON. */
    private static Optional<Representation> offered(MediaType wanted) {
        if (wanted.isWildcardType() || wanted.includes(MediaType.TEXT_HTML)
                || wanted.isCompatibleWith(MediaType.APPLICATION_XHTML_XML)) {
            return Optional.of(new Html());
        }
        for (RdfFormat format : RdfFormat.values()) {
            if (wanted.includes(format.mediaType())) {
                return Optional.of(new Rdf(format));
            }
        }
        return wanted.isCompatibleWith(MediaType.APPLICATION_JSON) ? Optional.of(new Json()) : Optional.empty();
    }
}
