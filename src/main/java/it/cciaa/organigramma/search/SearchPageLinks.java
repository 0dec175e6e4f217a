package it.cciaa.organigramma.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The links of a page of results, each keeping what was asked and changing one thing: the words, then the kind
 * ({@code tipo}), the chamber ({@code ente}) and the page ({@code pagina}) when they are not the default.
 *
 * <pre>{@code
 * new SearchPageLinks("imprese", Optional.empty(), Optional.of("cciaa-di-bari")).page(2)
 * // "/cerca?q=imprese&ente=cciaa-di-bari&pagina=2"
 * }</pre>
 */
public record SearchPageLinks(String text, Optional<Kind> kind, Optional<String> ente) {
    static final String PATH = "/cerca";

    /** The first page of the results of every kind. */
    public String everyKind() {
        return link(Optional.empty(), 1);
    }

    /** The first page of the results of one kind. */
    public String ofKind(Kind only) {
        return link(Optional.of(only), 1);
    }

    /** A page of these results. */
    public String page(int page) {
        return link(kind, page);
    }

    private String link(Optional<Kind> only, int page) {
        StringBuilder link = new StringBuilder(PATH).append("?q=").append(encoded(text));
        only.ifPresent(chosen -> link.append("&tipo=").append(chosen.italianCode()));
        ente.ifPresent(chamber -> link.append('&').append(SearchRequest.ENTE_PARAMETER).append('=')
                .append(encoded(chamber)));
        if (page > 1) {
            link.append("&pagina=").append(page);
        }
        return link.toString();
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
