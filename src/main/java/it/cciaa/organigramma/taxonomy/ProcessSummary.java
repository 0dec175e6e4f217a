package it.cciaa.organigramma.taxonomy;

/**
 * A concept of the process map as lists and trees show it: code, label, level, and how much lies below it.
 *
 * @param iri the concept's IRI
 * @param notation its code, e.g. {@code C1.1.1.1}
 * @param level 1 (theme) to 4 (activity)
 * @param label its preferred label
 * @param broader the parent concept's IRI (null at level 1)
 * @param function the institutional function a level-1 theme matches (null below level 1)
 * @param activities the level-4 activities at or below it (0 when the query does not count)
 * @param units the distinct units competent for those activities (0 when the query does not count)
 */
public record ProcessSummary(String iri, String notation, int level, String label, String broader, String function,
        int activities, int units) {}
