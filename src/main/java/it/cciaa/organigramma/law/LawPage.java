package it.cciaa.organigramma.law;

import it.cciaa.organigramma.text.ItalianDates;
import java.util.List;

/**
 * Everything the page of one law shows (and its JSON form carries): the act, where to read it, its articles, and
 * what cites it in the organigram.
 *
 * @param law the act
 * @param officialPages its pages on Normattiva or EUR-Lex
 * @param parts its articles that the catalogue describes
 * @param conceptCitations the process concepts whose label cites it, one entry per line
 * @param unitCitations the units whose text or table cites it, one entry per line
 * @param otherCitations citations by anything else (the edition as a whole)
 * @param linkedConcepts the concepts that declare it their legal resource (processes, institutional functions)
 */
public record LawPage(LawDescription law, List<OfficialPage> officialPages, List<LawSummary> parts,
        List<Citation> conceptCitations, List<Citation> unitCitations, List<Citation> otherCitations,
        List<LinkedConcept> linkedConcepts) {

    /** The number of citations of the act in the editions. */
    public int citationCount() {
        return conceptCitations.size() + unitCitations.size() + otherCitations.size();
    }

    /**
     * The act itself.
     *
     * @param localId its URN:NIR, or CELEX number for EU acts
     * @param documentType its ELI document type, when known
     * @param partOf the act it is an article of (null when it is not one)
     */
    public record LawDescription(String iri, String notation, String title, String date, String localId,
            String documentType, LawSummary partOf) {

        /** The date in words, e.g. "24 novembre 1981" (null when unknown). */
        public String dateInWords() {
            return ItalianDates.inWords(date);
        }
    }

    /** A page where the act can be read, and the site's name ("Normattiva", "EUR-Lex"). */
    public record OfficialPage(String url, String site) {}

    /**
     * One place of the document citing the act.
     *
     * @param citedBy the concept or unit that cites it
     * @param kind "concept", "unit" or "other"
     * @param textAsWritten the words of the citation as written
     */
    public record Citation(String citedBy, String kind, String citedByNotation, String citedByLabel,
            String textAsWritten, int sourceLine, String rawText, String sourceRecord) {}

    /** A concept that declares the act its legal resource (cv:hasLegalResource). */
    public record LinkedConcept(String iri, String notation, String label) {}
}
