package it.cciaa.organigramma.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Which rows of a listing a request asks for: {@code limit} (1 to {@value #MAX}, default {@value #DEFAULT}) from
 * {@code offset}; and the {@code Link} header (RFC 8288: {@code first}, {@code prev}, {@code next}) that walks it.
 */
public record TablePage(int offset, int limit, String path) {
    public static final int DEFAULT = 1000;
    public static final int MAX = 10_000;

    public static TablePage of(String limit, String offset, String path) {
        return new TablePage(number("offset", offset, 0, Integer.MAX_VALUE, 0),
                number("limit", limit, 1, MAX, DEFAULT), path);
    }

    /** Every row, one page (for views that are small by construction). */
    public static TablePage all() {
        return new TablePage(0, Integer.MAX_VALUE, null);
    }

    Optional<String> links(int total) {
        if (path == null || (offset == 0 && total <= limit)) {
            return Optional.empty();
        }
        List<String> links = new ArrayList<>();
        links.add(link(0, "first"));
        if (offset > 0) {
            links.add(link(Math.max(0, offset - limit), "prev"));
        }
        if ((long) offset + limit < total) {
            links.add(link(offset + limit, "next"));
        }
        return Optional.of(String.join(", ", links));
    }

    private String link(int from, String relation) {
        return "<" + path + (path.contains("?") ? "&" : "?") + "offset=" + from + "&limit=" + limit + ">; rel=\""
                + relation + "\"";
    }

    private static int number(String name, String text, int min, int max, int fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Parametro «" + name + "» non valido: «" + text
                + "» (un intero da " + min + " a " + max + ") / invalid " + name);
    }
}
