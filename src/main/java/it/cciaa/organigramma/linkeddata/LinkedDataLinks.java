package it.cciaa.organigramma.linkeddata;

import it.cciaa.organigramma.store.KgProperties;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;

/**
 * Links from pages to resources: an IRI of ours is served by its path on this server (the base IRI's place), any
 * other IRI (an ELI of the Gazzetta Ufficiale, say) by {@code /risorsa?iri=…}. Templates use it as
 * {@code @linkedDataLinks}.
 */
@Component("linkedDataLinks")
public class LinkedDataLinks {
    /** The page of resources that are not ours. */
    public static final String FOREIGN_RESOURCE_PATH = "/risorsa";

    private final String base;

    public LinkedDataLinks(KgProperties properties) {
        this.base = properties.baseIri().endsWith("/")
                ? properties.baseIri().substring(0, properties.baseIri().length() - 1)
                : properties.baseIri();
    }

    /** Whether the IRI is one the service mints (and so serves by its path). */
    public boolean isOurs(String iri) {
        return iri != null && iri.startsWith(base + "/");
    }

    /** The IRI a request path stands for: the base plus the path. */
    public String iriOfPath(String path) {
        return base + path;
    }

    /** Where a browser finds the resource's page on this server. */
    public String href(String iri) {
        if (isOurs(iri)) {
            return iri.substring(base.length());
        }
        return FOREIGN_RESOURCE_PATH + "?iri=" + URLEncoder.encode(iri, StandardCharsets.UTF_8);
    }

    /** A plain link to one RDF form of the resource ({@code turtle}, {@code jsonld}, {@code rdfxml}, {@code ntriples}). */
    public String formatLink(String iri, String format) {
        String href = href(iri);
        return href + (href.contains("?") ? "&" : "?") + "format=" + format;
    }
}
