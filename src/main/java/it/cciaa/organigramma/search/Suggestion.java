package it.cciaa.organigramma.search;

/** A completion of what is being typed: a label that contains words starting with the typed words. */
public record Suggestion(String label, String iri, Kind kind, String notation) {}
