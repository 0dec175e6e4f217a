package it.cciaa.organigramma.organigram;

import java.util.List;

/**
 * A level-4 activity of a unit, as its detail table gives it: the label as written for the unit, the qualifier its
 * asterisk marker stands for (null when unmarked), the marker as written, the footnote's extra text, the line of the
 * document, the level-3 sub-process and level-2 process it belongs to, and the other units that have it too.
 */
public record UnitActivity(
        String iri,
        String notation,
        String label,
        String activityLabel,
        String subProcess,
        String subProcessNotation,
        String subProcessLabel,
        String process,
        String processNotation,
        String processLabel,
        String qualifier,
        String qualifierLabel,
        String qualifierDescription,
        String marker,
        String editorialNote,
        String sourceRecord,
        int sourceLine,
        List<UnitSummary> sharedWith) {

    UnitActivity withSharedWith(List<UnitSummary> units) {
        return new UnitActivity(iri, notation, label, activityLabel, subProcess, subProcessNotation, subProcessLabel,
                process, processNotation, processLabel, qualifier, qualifierLabel, qualifierDescription, marker,
                editorialNote, sourceRecord, sourceLine, List.copyOf(units));
    }
}
