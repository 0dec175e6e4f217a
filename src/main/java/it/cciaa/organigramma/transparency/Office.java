package it.cciaa.organigramma.transparency;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import it.cciaa.organigramma.organigram.UnitSummary;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One row of the transparency table: a unit (IRI, kind, code, name), the unit it belongs to (null for the Ente), how
 * many level-4 activities it holds and its competences summarised by sub-process, in the map's order.
 */
public record Office(@JsonUnwrapped UnitSummary unit, UnitSummary parent, int activities,
        List<SubProcess> competences) {

    /** The competences as one cell: "C1.1.1 Istruttoria pratiche…; C1.1.3 …". */
    public String competencesText() {
        return competences.stream().map(SubProcess::text).collect(Collectors.joining("; "));
    }
}
