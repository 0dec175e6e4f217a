package it.cciaa.organigramma.organigram;

/** A unit with its mission paragraphs (null when the document gives none) and the first line that names it. */
public record UnitDetails(UnitSummary unit, String description, Integer sourceLine) {}
