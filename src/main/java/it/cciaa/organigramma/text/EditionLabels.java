package it.cciaa.organigramma.text;

import java.time.LocalDate;

/**
 * How Italian text names an edition of a chamber's organigram inside a sentence: by its date, "edizione del 1° gennaio
 * 2025"; an undated one (named by its document's checksum in addresses) by its source document, "edizione senza data
 * (allegato-c.txt)". Pages name editions through {@code edition.Edition#title()}; the catalogue's titles through this.
 */
public final class EditionLabels {
    private EditionLabels() {}

    /** The label of the edition of {@code date} (null: undated) read from {@code sourceFile} (null when unknown). */
    public static String of(LocalDate date, String sourceFile) {
        if (date != null) {
            return "edizione del " + ItalianDates.inWords(date);
        }
        return "edizione senza data" + (sourceFile == null || sourceFile.isBlank() ? "" : " (" + sourceFile + ")");
    }
}
