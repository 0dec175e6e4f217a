package it.cciaa.organigramma.synthetic;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/** What an office declares and does: the processes of its FUNZIONE table and the activities of its SERVIZIO table. */
final class OfficeContent {
    private final SortedSet<String> declared = new TreeSet<>(Codes.NATURAL_ORDER);
    private final List<Activity> activities = new ArrayList<>();

    OfficeContent(Collection<String> declaredProcesses, Collection<Activity> listedActivities) {
        declared.addAll(declaredProcesses);
        listedActivities.forEach(this::add);
    }

    OfficeContent copy() {
        return new OfficeContent(declared, activities);
    }

    /** The declared level-1 and level-2 codes, in code order. */
    SortedSet<String> declared() {
        return declared;
    }

    /** The activities in code order. */
    List<Activity> activities() {
        return activities;
    }

    List<String> activityCodes() {
        return activities.stream().map(Activity::code).toList();
    }

    boolean has(String activityCode) {
        return find(activityCode).isPresent();
    }

    Optional<Activity> find(String activityCode) {
        return activities.stream().filter(a -> a.code().equals(activityCode)).findFirst();
    }

    /** Adds an activity the office does not have yet, with its theme and process among the declared ones. */
    void add(Activity activity) {
        if (has(activity.code())) {
            return;
        }
        int at = 0;
        while (at < activities.size() && Codes.NATURAL_ORDER.compare(activities.get(at).code(), activity.code()) < 0) {
            at++;
        }
        activities.add(at, activity);
    }

    /** Adds an activity and declares the process and theme it belongs to. */
    void receive(Activity activity) {
        add(activity);
        declared.add(activity.theme());
        declared.add(activity.process());
    }

    Activity remove(String activityCode) {
        Activity activity = find(activityCode).orElseThrow();
        activities.remove(activity);
        return activity;
    }

    void replace(Activity activity) {
        activities.set(activities.indexOf(find(activity.code()).orElseThrow()), activity);
    }

    /** Takes in another office's declarations and activities (those it already has are kept as they are). */
    void absorb(OfficeContent other) {
        declared.addAll(other.declared);
        other.activities.forEach(this::add);
    }

    /** The distinct sub-processes, in code order. */
    List<String> subProcesses() {
        return activities.stream().map(Activity::subProcess).distinct().toList();
    }

    /** The distinct themes, in code order. */
    List<String> themes() {
        return activities.stream().map(Activity::theme).distinct().toList();
    }
}
