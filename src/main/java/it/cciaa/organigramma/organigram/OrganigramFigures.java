package it.cciaa.organigramma.organigram;

import java.util.List;

/** The organigram in figures, for the home page: units by kind, process-map codes by level, totals, the edition. */
public record OrganigramFigures(
        List<KindCount> unitsByKind,
        List<LevelCount> processesByLevel,
        Totals totals,
        Edition currentEdition) {

    /** How many units of one kind ({@code Ufficio}) there are. */
    public record KindCount(String kind, String kindLabel, int units) {}

    /** How many codes of one level of the process map (1 to 4) the document uses. */
    public record LevelCount(int level, String levelLabel, int processes) {}

    /** Competences (unit, activity), declarations (unit, process), legal references and distinct laws cited. */
    public record Totals(int competences, int declarations, int citations, int laws) {}

    /** The current edition: its IRI, title, identifier and date ({@code modified}, null when it has none). */
    public record Edition(String iri, String title, String identifier, String modified, String publisher) {}

    /** Reads the figures from the store. */
    public static OrganigramFigures read(OrganigramQueries queries) {
        return new OrganigramFigures(queries.unitsByKind(), queries.processesByLevel(), queries.totals(),
                queries.currentEdition().orElse(null));
    }

    /** The figures of the edition {@code shown} (read with queries bound to it), naming that edition for people. */
    public static OrganigramFigures read(OrganigramQueries queries, it.cciaa.organigramma.edition.Edition shown) {
        String publisher = queries.currentEdition().map(Edition::publisher).orElse(null);
        return new OrganigramFigures(queries.unitsByKind(), queries.processesByLevel(), queries.totals(),
                new Edition(shown.dataset(), shown.title(), shown.ente() + ":organigramma:" + shown.key(),
                        shown.dated() ? shown.date().toString() : null, publisher));
    }

    /** How many units there are in all. */
    public int units() {
        return unitsByKind.stream().mapToInt(KindCount::units).sum();
    }
}
