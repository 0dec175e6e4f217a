package it.cciaa.organigramma.web;

import java.util.List;
import org.springframework.http.MediaType;

/**
 * The form of an error answer, from the request's {@code Accept}: an HTML page when HTML is asked for by name (not
 * through a wildcard), problem JSON when JSON is asked for by name and plain text is not, a line of text otherwise.
 * The service's errors ({@code ErrorAnswers}) and the security refusals answer alike.
 */
public enum ErrorForm {
    HTML, JSON, TEXT;

    public static ErrorForm of(String accept) {
        if (accept == null) {
            return TEXT;
        }
        if (namesHtml(accept)) {
            return HTML;
        }
        boolean json = accept.contains("application/json") || accept.contains("application/problem+json");
        return json && !accept.contains("text/plain") ? JSON : TEXT;
    }

    private static boolean namesHtml(String accept) {
        try {
            List<MediaType> types = MediaType.parseMediaTypes(accept);
            return types.stream().anyMatch(t -> !t.isWildcardType() && t.includes(MediaType.TEXT_HTML));
        } catch (RuntimeException e) {
            return false;
        }
    }
}
