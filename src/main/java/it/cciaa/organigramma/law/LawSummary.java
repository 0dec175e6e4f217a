package it.cciaa.organigramma.law;

import it.cciaa.organigramma.text.ItalianDates;

/**
 * A law of the law catalogue as the list of laws shows it.
 *
 * @param iri the act's IRI (its ELI when known)
 * @param notation the short citation, e.g. "L. 689/1981"
 * @param title the Italian title
 * @param date the date of the act (ISO 8601), when known
 * @param localId the URN:NIR (or CELEX number for EU acts)
 * @param partOf the act this one is an article of, when it is one
 * @param citations how many places of the editions cite it
 */
public record LawSummary(String iri, String notation, String title, String date, String localId, String partOf,
        int citations) {

    /** The date in words, e.g. "24 novembre 1981" (null when unknown). */
    public String dateInWords() {
        return ItalianDates.inWords(date);
    }
}
