package it.cciaa.organigramma.synthetic;

import it.cciaa.organigramma.ingest.Qualifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The changes to activities a reorganisation makes: move one to another office, requalify it, drop it. */
final class ActivityChanges {
    private ActivityChanges() {}

    /** To an office that does not list it yet, preferably one that already declares its process or theme. */
    static Optional<Change> move(EditionWork work) {
        List<DraftOffice> sources = withActivities(work, 2);
        if (sources.isEmpty()) {
            return Optional.empty();
        }
        DraftOffice source = work.pick(sources);
        Activity activity = work.pick(source.content().activities());
        List<DraftOffice> targets = work.untouched().stream()
                .filter(office -> office != source && !office.content().has(activity.code())).toList();
        if (targets.isEmpty()) {
            return Optional.empty();
        }
        List<DraftOffice> related = targets.stream().filter(office -> declares(office, activity)).toList();
        DraftOffice target = work.pick(related.isEmpty() ? targets : related);
        source.editContent().remove(activity.code());
        target.editContent().receive(activity);
        work.touch(source, target);
        return Optional.of(Change.ofActivity(ChangeKind.ACTIVITY_MOVED, activity.code(), List.of(source.code()),
                List.of(target.code())));
    }

    /** A footnote marker added, changed or removed: the activity is held in another way. */
    static Optional<Change> requalify(EditionWork work) {
        List<DraftOffice> candidates = withActivities(work, 1);
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        DraftOffice office = work.pick(candidates);
        Activity activity = work.pick(office.content().activities());
        List<Optional<Qualifier>> others = new ArrayList<>();
        others.add(Optional.empty());
        for (Qualifier qualifier : Qualifier.values()) {
            others.add(Optional.of(qualifier));
        }
        others.remove(activity.qualifier());
        Optional<Qualifier> after = work.pick(others);
        office.editContent().replace(activity.withQualifier(after));
        work.touch(office);
        return Optional.of(Change.requalified(activity.code(), office.code(), activity.qualifier(), after));
    }

    /** An activity an office no longer lists; the office keeps at least one. */
    static Optional<Change> drop(EditionWork work) {
        List<DraftOffice> candidates = withActivities(work, 2);
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        DraftOffice office = work.pick(candidates);
        Activity activity = work.pick(office.content().activities());
        office.editContent().remove(activity.code());
        work.touch(office);
        return Optional.of(Change.ofActivity(ChangeKind.ACTIVITY_DROPPED, activity.code(), List.of(office.code()),
                List.of()));
    }

    private static List<DraftOffice> withActivities(EditionWork work, int atLeast) {
        return work.untouched().stream().filter(office -> office.content().activities().size() >= atLeast).toList();
    }

    private static boolean declares(DraftOffice office, Activity activity) {
        return office.content().declared().contains(activity.process())
                || office.content().declared().contains(activity.theme());
    }
}
