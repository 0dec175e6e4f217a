package it.cciaa.organigramma.search;

import java.util.Optional;

/**
 * A completion of what is being typed: a label that contains words starting with the typed words, and the resource
 * it names (one per label: where units of several chambers have that name, one of them).
 *
 * @param chamber the unit's chamber; empty for what every chamber shares
 */
public record Suggestion(String label, String iri, Kind kind, String notation, Optional<Chamber> chamber) {}
