package it.cciaa.organigramma.law;

/**
 * A legal reference of the document that names no act ("ex art. 44"), so no law page can show it.
 *
 * @param textAsWritten the words as written
 * @param citedBy what the words qualify: a process concept or a unit
 * @param citedByNotation its code, when it has one
 * @param citedByLabel its label
 * @param sourceLine the line of the document
 * @param rawText that line as written
 * @param sourceRecord the source record of the line
 */
public record UnresolvedReference(String textAsWritten, String citedBy, String citedByNotation, String citedByLabel,
        int sourceLine, String rawText, String sourceRecord) {}
