package it.cciaa.organigramma.linkeddata;

import it.cciaa.organigramma.store.BaseRewriter;
import it.cciaa.organigramma.store.KgProperties;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Links from pages to resources: an IRI of ours is served by its path on this server (the base IRI's place), any
 * other IRI (an ELI of the Gazzetta Ufficiale, say) by {@code /risorsa?iri=…}. Templates use it as
 * {@code @linkedDataLinks}.
 */
@Component("linkedDataLinks")
public class LinkedDataLinks {
    /** The page of resources that are not ours. */
    public static final String FOREIGN_RESOURCE_PATH = "/risorsa";

    /** The request parameter that names the edition a page shows ({@code ?edizione=}). */
    public static final String EDITION_PARAMETER = "edizione";

    /** The request attribute holding the edition a page shows when the request names one ({@code ?edizione=}). */
    public static final String EDITION_ATTRIBUTE = LinkedDataLinks.class.getName() + ".edition";

    /** The paths whose pages show one edition, and so keep {@code ?edizione=} on links to them. */
    private static final List<String> EDITION_PAGES = List.of("/organigramma", "/processi", "/norme",
            FOREIGN_RESOURCE_PATH, "/data/", "/controlled-vocabulary/", "/trasparenza/");

    private final String base;
    private final BaseRewriter paths;

    public LinkedDataLinks(KgProperties properties) {
        this.base = properties.baseIri();
        this.paths = new BaseRewriter(base);
    }

    /**
     * The IRI a request path stands for: the base plus the path, except under {@code /onto/organigramma} and
     * {@code /shapes/}, which stand for the persistent IRIs of the ontology and the shapes.
     */
    public String iriOfPath(String path) {
        return paths.iriOfPath(path);
    }

    /**
     * The IRI that the resource at a path would have on this service's base, when it differs from the IRI the path
     * stands for: a persistent term served by a service on another base. Empty otherwise.
     */
    public Optional<String> localAlias(String path) {
        String iri = iriOfPath(path);
        return iri.equals(base + path) ? Optional.empty() : Optional.of(base + path);
    }

    /**
     * Where a browser finds the resource's page (in the edition the current request shows): an IRI on the base, or a
     * persistent term of the ontology or a shape, at its path on this server; a term of a standard vocabulary (RDF,
     * SKOS, DCAT, ORG…), which the store does not describe, at its own IRI; any other by {@code /risorsa?iri=}.
     */
    public String href(String iri) {
        return paths.pathOf(iri).isEmpty() && StandardTerms.isStandard(iri) ? iri : onThisServer(iri);
    }

    /** The resource's address on this server, in the edition the current request shows. */
    private String onThisServer(String iri) {
        String href = pathOf(iri);
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Object edition = request == null ? null : request.getAttribute(EDITION_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        return edition == null ? href : inEdition(href, edition.toString());
    }

    /**
     * Where this server serves the resource, whatever edition a request shows: an IRI on the base, or a persistent
     * term, at its path; any other at {@code /risorsa?iri=}.
     */
    public String pathOf(String iri) {
        return paths.pathOf(iri).orElseGet(() ->
                FOREIGN_RESOURCE_PATH + "?iri=" + URLEncoder.encode(iri, StandardCharsets.UTF_8));
    }

    /** A link of this server with {@code edizione=key} added when it leads to a page that shows one edition. */
    public static String inEdition(String link, String key) {
        String path = link.split("[?#]", 2)[0];
        boolean editionPage = path.equals("/") || EDITION_PAGES.stream().anyMatch(page -> page.endsWith("/")
                ? path.startsWith(page) : path.equals(page) || path.startsWith(page + "/"));
        if (!editionPage || link.contains(EDITION_PARAMETER + "=")) {
            return link;
        }
        int fragment = link.indexOf('#');
        String beforeFragment = fragment < 0 ? link : link.substring(0, fragment);
        return beforeFragment + (beforeFragment.contains("?") ? "&" : "?") + EDITION_PARAMETER + "="
                + URLEncoder.encode(key, StandardCharsets.UTF_8) + (fragment < 0 ? "" : link.substring(fragment));
    }

    /** A plain link to one RDF form of the resource ({@code turtle}, {@code jsonld}, {@code rdfxml}, {@code ntriples}). */
    public String formatLink(String iri, String format) {
        String href = onThisServer(iri);
        return href + (href.contains("?") ? "&" : "?") + "format=" + format;
    }
}
