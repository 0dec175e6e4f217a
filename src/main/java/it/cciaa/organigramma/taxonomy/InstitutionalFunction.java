package it.cciaa.organigramma.taxonomy;

/**
 * An institutional function (A–F) under which level-1 themes fall.
 *
 * @param iri the function's IRI in the funzioni-istituzionali vocabulary
 * @param notation its letter
 * @param label its name in DPR 254/2005, Allegato A (local name for E and F)
 * @param mapLabel the name the process map uses for it ("Governo camerale"); the label when there is none
 * @param definition its definition
 * @param legalBasis the act that establishes it (DPR 254/2005); null for E and F, which the process map adds
 * @param legalBasisNotation that act's short citation
 */
public record InstitutionalFunction(String iri, String notation, String label, String mapLabel, String definition,
        String legalBasis, String legalBasisNotation) {}
