package it.cciaa.organigramma.organigram;

/** A unit directly below another, with the number of level-4 activities assigned to it. */
public record SubUnit(UnitSummary unit, int activities) {}
