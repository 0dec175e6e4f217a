package it.cciaa.organigramma.organigram;

/**
 * A theme (level 1) or process (level 2) of the process map that a unit declares it presides over, from its header
 * table; {@code qualifier} and {@code qualifierLabel} are null unless the cell says "(per quanto di competenza)".
 */
public record DeclaredProcess(
        String iri, String notation, int level, String label, String qualifier, String qualifierLabel, int sourceLine) {}
