package it.cciaa.organigramma.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;

/** Makes one edition's changes to a draft, each drawn from the chamber's random source by the weight of its kind. */
final class Reorganiser {
    /** How often each kind is drawn: renames and activity changes are the everyday ones, mergers the rare ones. */
    private static final Map<ChangeKind, Integer> WEIGHTS = Map.of(
            ChangeKind.UNIT_RENAMED, 3,
            ChangeKind.UNIT_MOVED, 2,
            ChangeKind.UNIT_RENUMBERED, 1,
            ChangeKind.UNIT_MERGED, 2,
            ChangeKind.UNIT_SPLIT, 2,
            ChangeKind.UNIT_REMOVED, 1,
            ChangeKind.ACTIVITY_MOVED, 3,
            ChangeKind.ACTIVITY_REQUALIFIED, 3,
            ChangeKind.ACTIVITY_DROPPED, 2);
    private static final Map<ChangeKind, Function<EditionWork, Optional<Change>>> MAKERS = Map.of(
            ChangeKind.UNIT_RENAMED, UnitChanges::rename,
            ChangeKind.UNIT_MOVED, UnitChanges::move,
            ChangeKind.UNIT_RENUMBERED, UnitChanges::renumber,
            ChangeKind.UNIT_MERGED, UnitChanges::merge,
            ChangeKind.UNIT_SPLIT, UnitChanges::split,
            ChangeKind.UNIT_REMOVED, UnitChanges::remove,
            ChangeKind.ACTIVITY_MOVED, ActivityChanges::move,
            ChangeKind.ACTIVITY_REQUALIFIED, ActivityChanges::requalify,
            ChangeKind.ACTIVITY_DROPPED, ActivityChanges::drop);
    private static final int ATTEMPTS_PER_CHANGE = 10;

    private Reorganiser() {}

    /** Up to {@code count} changes (fewer only when the draft allows no more), in the order they were made. */
    static List<Change> reorganise(Draft draft, Random random, CodeBook codes, int count) {
        EditionWork work = new EditionWork(draft, random, codes);
        List<Change> changes = new ArrayList<>();
        for (int attempt = 0; changes.size() < count && attempt < count * ATTEMPTS_PER_CHANGE; attempt++) {
            MAKERS.get(draw(random)).apply(work).ifPresent(changes::add);
        }
        return changes;
    }

    private static ChangeKind draw(Random random) {
        int total = WEIGHTS.values().stream().mapToInt(Integer::intValue).sum();
        int ticket = random.nextInt(total);
        for (ChangeKind kind : ChangeKind.values()) {
            ticket -= WEIGHTS.get(kind);
            if (ticket < 0) {
                return kind;
            }
        }
        throw new IllegalStateException("weights out of step with ChangeKind");
    }
}
