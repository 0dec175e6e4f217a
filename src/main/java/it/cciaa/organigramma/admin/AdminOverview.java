package it.cciaa.organigramma.admin;

/**
 * What the administration page shows: the store, the signed-in user and the service's address for the examples.
 *
 * @param storeMode {@code embedded} or {@code external}
 * @param storeUrl the store's dataset URL (without user information)
 * @param user the signed-in user's name
 * @param role {@code editor} or {@code reader}
 * @param editions how many editions the catalogue lists
 * @param serviceUrl this service's address as the request reached it, for the curl examples
 */
public record AdminOverview(String storeMode, String storeUrl, String user, String role, int editions,
        String serviceUrl) {}
