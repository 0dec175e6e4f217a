package it.cciaa.organigramma.iri;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The IRIs of one chamber (Ente) on the service's base: the chamber itself, its units, its editions with their graphs
 * and validation reports. Made by {@link ServiceIris#chamber(String)}.
 *
 * <pre>{@code
 * ChamberIris foggia = service.chamber("cciaa-di-foggia");
 * foggia.iri();                // {base}/data/organization/public-organization/cciaa-di-foggia
 * foggia.unit("ufficio-2-1");   // {base}/data/organization/support-unit/cciaa-di-foggia/ufficio-2-1
 * foggia.edition("2025-01-01"); // {base}/data/dataset/organigramma/cciaa-di-foggia/2025-01-01
 * }</pre>
 *
 * @param service the service's IRIs
 * @param slug the chamber's slug, as the importer mints it from the chamber's name
 */
public record ChamberIris(ServiceIris service, String slug) {
    /** A chamber's slug (and a unit's): lower-case letters and digits joined by single hyphens. */
    public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private static final String CHAMBERS = "/data/organization/public-organization/";
    private static final String UNITS = "/data/organization/support-unit/";
    private static final String EDITIONS = "/data/dataset/organigramma/";
    private static final String EDITION_GRAPHS = ServiceIris.GRAPHS + "organigramma/";
    private static final String REPORT_GRAPHS = ServiceIris.GRAPHS + "validazione/";
    /** The containers whose next segment is a chamber's slug. */
    private static final List<String> CHAMBER_CONTAINERS = List.of(UNITS, CHAMBERS, EDITIONS, EDITION_GRAPHS,
            REPORT_GRAPHS);

    /** The chamber itself: the Ente, a public organisation. */
    public String iri() {
        return service.base() + CHAMBERS + slug;
    }

    /** A unit of the chamber by its slug; the slug {@code ente} is the chamber itself ({@link #iri()}). */
    public String unit(String unitSlug) {
        return unitSlug.equals("ente") ? iri() : supportUnit(unitSlug);
    }

    /** A support unit of the chamber (an area, a service, an office, a staff office) by its slug. */
    public String supportUnit(String unitSlug) {
        return service.base() + UNITS + slug + "/" + unitSlug;
    }

    /** The IRIs of one edition of the chamber, by its key (its date, or {@code sha256-…}). */
    public EditionIris inEdition(String key) {
        return new EditionIris(this, key);
    }

    /** An edition of the chamber: a dataset of the catalogue. */
    public String edition(String key) {
        return editions() + key;
    }

    /** What every edition IRI of the chamber starts with. */
    public String editions() {
        return service.base() + EDITIONS + slug + "/";
    }

    /** The named graph of an edition. */
    public String editionGraph(String key) {
        return service.base() + EDITION_GRAPHS + slug + "/" + key;
    }

    /** The named graph that keeps the validation report an edition passed. */
    public String reportGraph(String key) {
        return service.base() + REPORT_GRAPHS + slug + "/" + key;
    }

    /**
     * The chamber an IRI or path of ours belongs to: the slug after {@code /data/organization/support-unit/},
     * {@code /data/organization/public-organization/}, {@code /data/dataset/organigramma/},
     * {@code /graph/organigramma/} or {@code /graph/validazione/}; empty for what every chamber shares.
     */
    public static Optional<String> slugOf(String iriOrPath) {
        if (iriOrPath == null) {
            return Optional.empty();
        }
        for (String container : CHAMBER_CONTAINERS) {
            int at = iriOrPath.indexOf(container);
            if (at >= 0) {
                String rest = iriOrPath.substring(at + container.length());
                int end = rest.indexOf('/');
                String ente = end < 0 ? rest : rest.substring(0, end);
                return SLUG.matcher(ente).matches() ? Optional.of(ente) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The named graph of an edition given by its dataset IRI: {@code …/data/dataset/organigramma/X} lives in
     * {@code …/graph/organigramma/X}; empty for another IRI.
     */
    public static Optional<String> graphOfEdition(String edition) {
        return edition.contains(EDITIONS) ? Optional.of(edition.replace(EDITIONS, EDITION_GRAPHS)) : Optional.empty();
    }
}
