package it.cciaa.organigramma.organigram;

/**
 * A unit as other pages name it: its IRI, kind ({@code Ufficio}) with its Italian label ({@code Ufficio}, {@code Ufficio
 * di staff}), its code as printed ({@code 4.1}; null for the Ente and the staff office) and its name as printed.
 */
public record UnitSummary(String iri, String kind, String kindLabel, String code, String name) {

    /** How a link to the unit reads: "Ufficio 4.1 – REGISTRO IMPRESE", "Ente – CCIAA di FOGGIA". */
    public String title() {
        return kindLabel + (code == null ? "" : " " + code) + " – " + name;
    }

    /** The short form, "Ufficio 4.1" (the kind and name when the unit has no code). */
    public String shortTitle() {
        return code == null ? title() : kindLabel + " " + code;
    }
}
