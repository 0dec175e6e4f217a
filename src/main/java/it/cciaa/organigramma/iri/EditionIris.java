package it.cciaa.organigramma.iri;

/**
 * The IRIs of one edition of a chamber: the edition (a dataset of the catalogue), its graph, its validation report,
 * and the resources the edition's graphs describe under the edition's own IRI (its source document and lines, its
 * declarations, competences, footnotes, citations and anomalies). Made by {@link ChamberIris#inEdition(String)}.
 *
 * @param chamber the chamber's IRIs
 * @param key the edition's key: its date, or {@code sha256-…} for an undated one
 */
public record EditionIris(ChamberIris chamber, String key) {
    /** The edition: a dataset of the catalogue. */
    public String dataset() {
        return chamber.edition(key);
    }

    public String graph() {
        return chamber.editionGraph(key);
    }

    public String reportGraph() {
        return chamber.reportGraph(key);
    }

    /** The source document the edition was imported from. */
    public String document() {
        return dataset() + "/documento";
    }

    /** One line of the source document, by its number. */
    public String sourceLine(int line) {
        return dataset() + "/riga/" + line;
    }

    /** A unit's declaration that it presides over a process. */
    public String declaration(String unitSlug, String notation) {
        return dataset() + "/presidio/" + unitSlug + "/" + notation;
    }

    /** A unit's competence for an activity. */
    public String competence(String unitSlug, String notation) {
        return dataset() + "/competenza/" + unitSlug + "/" + notation;
    }

    /** A footnote of a unit's section, by the number of asterisks of its marker. */
    public String footnote(String unitSlug, int asterisks) {
        return dataset() + "/nota/" + unitSlug + "/" + asterisks;
    }

    /** A citation of a law, by its name within the edition ({@code {line}/{law slug}}, numbered when repeated). */
    public String citation(String name) {
        return dataset() + "/citazione/" + name;
    }

    /** An anomaly of the source document, by its name in the edition ({@code {line}/{kind}}, numbered if repeated). */
    public String anomaly(String name) {
        return dataset() + "/anomalia/" + name;
    }

    /** A distribution of the edition, by its name ({@code trig}). */
    public String distribution(String name) {
        return ServiceIris.distribution(dataset(), name);
    }

    /** What the distributions' IRIs start with. */
    public String distributions() {
        return distribution("");
    }

    /** The period of validity of the edition. */
    public String validity() {
        return validityOf(dataset());
    }

    /** The period of validity of an edition given by its IRI: {@code {edition}/validita}. */
    public static String validityOf(String edition) {
        return edition + "/validita";
    }
}
