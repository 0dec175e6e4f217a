package it.cciaa.organigramma.transparency;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.server.ResponseStatusException;

/**
 * The forms of the transparency table: a page, JSON, CSV or an OpenDocument spreadsheet, by {@code ?format=} first
 * and {@code Accept} second (q-values honoured; {@code *}{@code /*} and no {@code Accept} get the page); 406 otherwise.
 */
enum TransparencyForm {
    HTML("html", MediaType.TEXT_HTML),
    JSON("json", MediaType.APPLICATION_JSON),
    CSV("csv", new MediaType("text", "csv")),
    ODS("ods", new MediaType("application", "vnd.oasis.opendocument.spreadsheet"));

    private final String parameter;
    private final MediaType mediaType;

    TransparencyForm(String parameter, MediaType mediaType) {
        this.parameter = parameter;
        this.mediaType = mediaType;
    }

    MediaType mediaType() {
        return mediaType;
    }

    static TransparencyForm of(String format, String accept) {
        if (format != null && !format.isBlank()) {
            return Arrays.stream(values()).filter(form -> form.parameter.equalsIgnoreCase(format.strip())).findFirst()
                    .orElseThrow(TransparencyForm::notAcceptable);
        }
        List<MediaType> wanted;
        try {
            wanted = accept == null || accept.isBlank() ? List.of(MediaType.ALL)
                    : new ArrayList<>(MediaType.parseMediaTypes(accept));
        } catch (InvalidMediaTypeException e) {
            throw notAcceptable();
        }
        return wanted.stream().filter(type -> type.getQualityValue() > 0)
                .sorted(Comparator.comparingDouble(MediaType::getQualityValue).reversed())
                .flatMap(type -> Arrays.stream(values()).filter(form -> type.includes(form.mediaType)).limit(1))
                .findFirst().orElseThrow(TransparencyForm::notAcceptable);
    }

    private static ResponseStatusException notAcceptable() {
        return new ResponseStatusException(HttpStatus.NOT_ACCEPTABLE, "Formati disponibili: text/html, "
                + "application/json, text/csv, application/vnd.oasis.opendocument.spreadsheet "
                + "(?format=html|json|csv|ods)");
    }
}
