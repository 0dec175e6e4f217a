package it.cciaa.organigramma.taxonomy;

/**
 * A revision of the process map held by the store.
 *
 * @param scheme the concept scheme's IRI, {@code …/controlled-vocabulary/mappa-processi/{revision}}
 * @param revision the last segment of the scheme's IRI, e.g. {@code 2024}
 * @param title the scheme's Italian title
 */
public record MapRevision(String scheme, String revision, String title) {

    static MapRevision of(String scheme, String title) {
        return new MapRevision(scheme, scheme.substring(scheme.lastIndexOf('/') + 1), title);
    }
}
