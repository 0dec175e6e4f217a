package it.cciaa.organigramma.search;

/**
 * The chamber a unit belongs to, as search shows it and filters by it.
 *
 * @param ente its identifier, the slug {@code ?ente=} takes ({@code cciaa-di-foggia})
 * @param name its name as its documents print it ({@code CCIAA di FOGGIA}), or its identifier when the catalogue
 *     lacks one
 */
public record Chamber(String ente, String name) {
    public Chamber {
        name = name == null || name.isBlank() ? ente : name.strip();
    }
}
