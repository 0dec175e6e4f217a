package it.cciaa.organigramma.taxonomy;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Everything the page of one process-map concept shows (and its JSON form carries): what the concept is, where it
 * sits in the map, who is competent for it, how it was labelled, which laws it cites and where the document names it.
 *
 * @param process the concept itself
 * @param broader its broader processes, from the level-1 theme down to its parent
 * @param narrower its children, with counts
 * @param competences every competence on it (an activity) or on an activity below it
 * @param competentUnits the same competences grouped by unit
 * @param declarations the units that declare they preside over it (levels 1 and 2)
 * @param labels every label the code was given
 * @param labelVariants whether the code was written in more than one way
 * @param laws the laws linked to it or to a broader process
 * @param sourceLines the lines of the document that name its code
 */
public record ProcessPage(
        ProcessDescription process,
        List<ProcessSummary> broader,
        List<ProcessSummary> narrower,
        List<Competence> competences,
        List<CompetentUnit> competentUnits,
        List<Declaration> declarations,
        List<Label> labels,
        boolean labelVariants,
        List<LinkedLaw> laws,
        List<SourceLine> sourceLines) {

    /** Whether the concept is a level-4 activity (competences are stated on activities only). */
    public boolean activity() {
        return process.level() == 4;
    }

    /** The qualifiers the page's competences and declarations carry, once each, for the page's legend. */
    public List<Qualifier> qualifiers() {
        return Stream.concat(competences.stream().map(Competence::qualifier),
                        declarations.stream().map(Declaration::qualifier))
                .filter(Objects::nonNull).distinct().toList();
    }

    /**
     * The concept: code, label, level and the institutional function of its theme.
     *
     * @param levelName the Italian name of its level ("Attività", "Tema (macro-processo)", …)
     * @param scheme the IRI of the map revision it belongs to
     * @param schemeTitle that revision's title
     * @param function the institutional function its level-1 theme matches (null if none is stated)
     */
    public record ProcessDescription(String iri, String notation, String label, int level, String levelName,
            String scheme, String schemeTitle, InstitutionalFunction function) {

        /** The map revision, the last segment of the scheme's IRI (e.g. "2024"). */
        public String revision() {
            return scheme.substring(scheme.lastIndexOf('/') + 1);
        }
    }

    /** A unit as pages link it: IRI, code as printed (null for the Ente and the staff office) and name. */
    public record UnitReference(String iri, String notation, String name) {}

    /** How a unit covers an activity, from the asterisk legends: the legend's words and a short form for badges. */
    public record Qualifier(String iri, String label, String shortLabel) {}

    /** One unit's competence for one activity, as the detail table of its block states it. */
    public record Competence(String activity, String activityNotation, String activityLabel, UnitReference unit,
            Qualifier qualifier, String marker, String labelAsWritten, String editorialNote, int sourceLine,
            String sourceRecord) {}

    /** A unit with the activities it is competent for at or below the concept. */
    public record CompetentUnit(UnitReference unit, List<Competence> competences) {}

    /** A unit's declaration that it presides over a level-1 theme or level-2 process. */
    public record Declaration(UnitReference unit, Qualifier qualifier, int sourceLine, String sourceRecord) {}

    /**
     * A label of the code.
     *
     * @param kind "preferred", "variant" (another form met in the document) or "as-written" (one unit's wording)
     * @param unit the unit that wrote it ("as-written" only)
     * @param sourceLine the line it was written on ("as-written" only)
     */
    public record Label(String kind, String label, UnitReference unit, Integer sourceLine) {}

    /** A law linked to the concept, or to the broader process ({@code holder}) that carries the link. */
    public record LinkedLaw(String law, String notation, String title, String holder, String holderNotation) {}

    /** A line of the document that names the code, as written, and the unit whose block it is in. */
    public record SourceLine(int line, String rawText, String record, UnitReference unit) {}
}
