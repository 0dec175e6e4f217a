package it.cciaa.organigramma.organigram;

/**
 * A law a unit cites, in its own text ({@code citedBy} is the unit, {@code citedByNotation} null) or in the label of
 * a process or activity it holds. {@code law}, {@code lawNotation} and {@code title} are null when the reference
 * names no act ("ex art. 44"); {@code textAsWritten} is always the document's words.
 */
public record LawCitation(
        String law, String lawNotation, String title, String textAsWritten, String citedBy, String citedByNotation,
        int sourceLine) {}
