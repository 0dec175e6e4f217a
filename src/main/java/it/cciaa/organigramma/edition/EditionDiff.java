package it.cciaa.organigramma.edition;

import java.util.List;
import java.util.stream.Stream;

/**
 * What changed from an old edition of the organigram to a new one, one list per kind of change. Units keep their IRI
 * across editions (it comes from their kind and code); a unit that changed its code but kept its kind and name (an
 * office moved to another Servizio takes that Servizio's numbering) is reported once, as moved, not as removed and
 * added, and its activities and processes are compared as those of one unit.
 */
public record EditionDiff(
        String oldEdition,
        String newEdition,
        List<UnitEntry> unitsAdded,
        List<UnitEntry> unitsRemoved,
        List<UnitRenaming> unitsRenamed,
        List<UnitMove> unitsMoved,
        List<ConceptEntry> activitiesAssigned,
        List<ConceptEntry> activitiesWithdrawn,
        List<Requalification> activitiesRequalified,
        List<ConceptEntry> processesDeclared,
        List<ConceptEntry> processesDropped,
        List<LabelChange> labelsChanged) {

    /** A unit that appears or disappears; {@code code} is empty for the Ente and the staff office. */
    public record UnitEntry(String unit, String code, String name) {}

    /** A unit whose name changed. */
    public record UnitRenaming(String unit, String code, String oldName, String newName) {}

    /** A unit under another parent, or with another code (then {@code oldUnit} and {@code newUnit} differ). */
    public record UnitMove(String oldUnit, String newUnit, String oldCode, String newCode, String name,
            String oldParent, String newParent, String oldParentCode, String newParentCode) {
        public boolean recoded() {
            return !oldUnit.equals(newUnit);
        }
    }

    /** A unit's activity (level 4) or declared process (levels 1-2) present in one edition only. */
    public record ConceptEntry(String unit, String unitCode, String unitName, String concept, String notation,
            String qualifier, String qualifierLabel) {}

    /** An activity a unit keeps with another qualifier; an absent qualifier is empty. */
    public record Requalification(String unit, String unitCode, String unitName, String activity, String notation,
            String oldQualifier, String newQualifier, String oldQualifierLabel, String newQualifierLabel,
            String oldMarker, String newMarker) {}

    /**
     * A label that changed: the text of an activity as written for a unit (same map revision), or the preferred label
     * of a process concept between two map revisions (then the unit fields are empty).
     */
    public record LabelChange(String unit, String unitCode, String unitName, String concept, String notation,
            String oldLabel, String newLabel) {}

    /** True when the two editions say the same thing. */
    public boolean isEmpty() {
        return Stream.of(unitsAdded, unitsRemoved, unitsRenamed, unitsMoved, activitiesAssigned, activitiesWithdrawn,
                activitiesRequalified, processesDeclared, processesDropped, labelsChanged).allMatch(List::isEmpty);
    }
}
