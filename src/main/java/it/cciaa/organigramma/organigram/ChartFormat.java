package it.cciaa.organigramma.organigram;

import it.cciaa.organigramma.edition.Edition;
import it.cciaa.organigramma.edition.Editions;
import it.cciaa.organigramma.linkeddata.Representation;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.server.ResponseStatusException;

/**
 * The organigram drawn, beside its page, JSON and RDF: SVG ({@code image/svg+xml}, {@code ?format=svg}) and PDF
 * ({@code application/pdf}, {@code ?format=pdf}). A request gets a drawing when the type it prefers most (by
 * q-value, then by order) is one of these and not one {@link Representation} answers: {@code *}{@code /*} stays a
 * page, {@code image/*} is the SVG.
 */
enum ChartFormat {
    SVG("svg", new MediaType("image", "svg+xml"), "Organigramma (SVG)"),
    PDF("pdf", MediaType.APPLICATION_PDF, "Organigramma (PDF, A3)");

    private final String parameter;
    private final MediaType mediaType;
    private final String title;

    ChartFormat(String parameter, MediaType mediaType, String title) {
        this.parameter = parameter;
        this.mediaType = mediaType;
        this.title = title;
    }

    /** The links to the drawings of the chamber's organigram in the edition a page shows. */
    static List<AlternateLink> alternates(Edition edition) {
        return Arrays.stream(values()).map(chart -> new AlternateLink(chart.mediaType.toString(),
                OrganigramController.PATH + "?format=" + chart.parameter + "&" + Editions.CHAMBER_PARAMETER + "="
                        + edition.ente(), chart.title)).toList();
    }

    String parameter() {
        return parameter;
    }

    MediaType mediaType() {
        return mediaType;
    }

    /** The drawing a {@code ?format=} value names. */
    static Optional<ChartFormat> ofParameter(String format) {
        return Arrays.stream(values()).filter(chart -> chart.parameter.equalsIgnoreCase(format.strip())).findFirst();
    }

    /** The drawing {@code Accept} prefers to the page and data forms; empty when it prefers one of those. */
    static Optional<ChartFormat> preferred(String accept) {
        for (MediaType wanted : Representation.preferred(accept)) {
            if (Representation.choose(null, wanted.toString()).isPresent()) {
                return Optional.empty();
            }
            Optional<ChartFormat> drawing = Arrays.stream(values())
                    .filter(chart -> wanted.includes(chart.mediaType)).findFirst();
            if (drawing.isPresent()) {
                return drawing;
            }
        }
        return Optional.empty();
    }

    /** The 406 of a request for the organigram in a type it has in no form. */
    static ResponseStatusException notAcceptable() {
        return new ResponseStatusException(HttpStatus.NOT_ACCEPTABLE, "Formati disponibili per l'organigramma: "
                + "text/html, application/json, image/svg+xml (?format=svg), application/pdf (?format=pdf) e, per "
                + "l'ente, i formati RDF (text/turtle, application/ld+json, application/rdf+xml, application/n-triples)");
    }
}
