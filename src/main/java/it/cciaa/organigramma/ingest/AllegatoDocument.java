package it.cciaa.organigramma.ingest;

import java.util.List;
import java.util.Optional;

/**
 * What an Allegato C says, read line by line and not yet RDF: units, declarations, competences, footnotes, every code
 * mention, legal citations and the defects met on the way. Every item keeps the line it comes from.
 */
public record AllegatoDocument(
        String enteName,
        int enteLine,
        List<Unit> units,
        List<Mention> mentions,
        List<Declaration> declarations,
        List<Competence> competences,
        List<Footnote> footnotes,
        List<Citation> citations,
        List<Anomaly> anomalies,
        List<SourceLine> records) {

    /** A line (or a cell wrapped over several lines) that yields data, as written. */
    public record SourceLine(int number, String rawText, Optional<String> sectionSlug) {}

    /** An organisational unit: its kind, its code and name as printed, its mission and its parent. */
    public record Unit(
            String slug,
            UnitKind kind,
            Optional<String> code,
            String name,
            List<String> nameVariants,
            Optional<String> description,
            Optional<String> parentSlug,
            List<Integer> lines) {}

    /** One occurrence of a process code, with the label written beside it; {@code column} counts from 0. */
    public record Mention(int line, ProcessCode code, String labelAsWritten, int column) {}

    /** A unit's header-table declaration of a level-1 or level-2 process. */
    public record Declaration(String unitSlug, ProcessCode code, Optional<Qualifier> qualifier, int line) {}

    /** A unit's competence for a level-4 activity, with its marker as written and the qualifier it resolves to. */
    public record Competence(
            String unitSlug,
            ProcessCode code,
            String labelAsWritten,
            Optional<String> markerAsWritten,
            Optional<Qualifier> qualifier,
            Optional<String> editorialNote,
            int line) {}

    /** A footnote of a section: the marker it defines (emphasis removed) and the qualifier its text names. */
    public record Footnote(
            String unitSlug,
            String markerAsWritten,
            String marker,
            String text,
            Optional<Qualifier> qualifier,
            Optional<String> extraText,
            int line) {}

    /** A legal reference in the text and what cites it: a process code or a unit. */
    public record Citation(int line, LawReference law, String textAsWritten, Optional<String> citingCode,
            Optional<String> citingUnitSlug) {}

    /** A defect of the document: what was written, what the importer read it as, and what it concerns. */
    public record Anomaly(
            int line,
            AnomalyKind kind,
            String valueAsWritten,
            Optional<String> valueCanonical,
            Optional<String> aboutCode,
            Optional<String> aboutUnitSlug,
            Optional<String> sectionSlug,
            String messageIt,
            String messageEn) {}
}
