package it.cciaa.organigramma.synthetic;

import it.cciaa.organigramma.ingest.Qualifier;
import java.util.List;
import java.util.Optional;

/**
 * One change an edition made, with the office codes involved as the documents print them ("2.3").
 *
 * <p>{@code fromUnits} are the codes in the previous edition, {@code toUnits} the codes in this one: renamed
 * [2.3] → [2.3]; moved or renumbered [2.3] → [3.5]; merged [2.1, 2.2] → [2.1]; split [1.4] → [1.4, 1.6]; removed
 * [4.3] → []. For activity changes they are the offices the activity leaves and joins: moved [1.4] → [2.1];
 * requalified [2.1] → [2.1]; dropped [2.1] → []. {@code name} is the new name of a renamed or merged office and the
 * name of the office a split creates; {@code activity} the code of the activity concerned.
 */
public record Change(ChangeKind kind, List<String> fromUnits, List<String> toUnits, Optional<String> name,
        Optional<String> activity, Optional<Qualifier> qualifierBefore, Optional<Qualifier> qualifierAfter) {

    public Change {
        fromUnits = List.copyOf(fromUnits);
        toUnits = List.copyOf(toUnits);
    }

    static Change ofUnits(ChangeKind kind, List<String> from, List<String> to, Optional<String> name) {
        return new Change(kind, from, to, name, Optional.empty(), Optional.empty(), Optional.empty());
    }

    static Change ofActivity(ChangeKind kind, String activity, List<String> from, List<String> to) {
        return new Change(kind, from, to, Optional.empty(), Optional.of(activity), Optional.empty(), Optional.empty());
    }

    static Change requalified(String activity, String office, Optional<Qualifier> before, Optional<Qualifier> after) {
        return new Change(ChangeKind.ACTIVITY_REQUALIFIED, List.of(office), List.of(office), Optional.empty(),
                Optional.of(activity), before, after);
    }

    /** One line for people: "unit-moved 2.3 → 3.5", "activity-requalified C2.7.1.1 in 2.1: none → per-quanto-di-competenza". */
    public String summary() {
        String units = String.join("+", fromUnits) + " → " + (toUnits.isEmpty() ? "∅" : String.join("+", toUnits));
        return switch (kind) {
            case UNIT_RENAMED, UNIT_MERGED, UNIT_SPLIT -> kind.slug() + " " + units + " «" + name.orElse("") + "»";
            case UNIT_MOVED, UNIT_RENUMBERED, UNIT_REMOVED -> kind.slug() + " " + units;
            case ACTIVITY_MOVED, ACTIVITY_DROPPED -> kind.slug() + " " + activity.orElse("") + " " + units;
            case ACTIVITY_REQUALIFIED -> kind.slug() + " " + activity.orElse("") + " in " + fromUnits.getFirst() + ": "
                    + qualifierBefore.map(Qualifier::slug).orElse("none") + " → "
                    + qualifierAfter.map(Qualifier::slug).orElse("none");
        };
    }
}
