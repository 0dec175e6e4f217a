package it.cciaa.organigramma.synthetic;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/** Divides an office's activities in two, as a split does: by theme when it has several, else by sub-process. */
final class OfficeSplitter {
    private OfficeSplitter() {}

    /** The part that leaves: one theme other than the first, the later half of the sub-processes, or of the activities. */
    static OfficeContent partFor(OfficeContent content, Random random) {
        List<Activity> activities = content.activities();
        List<String> themes = content.themes();
        List<String> subProcesses = content.subProcesses();
        List<Activity> leaving;
        if (themes.size() >= 2) {
            String theme = themes.get(1 + random.nextInt(themes.size() - 1));
            leaving = activities.stream().filter(a -> a.theme().equals(theme)).toList();
        } else if (subProcesses.size() >= 2) {
            Set<String> later = Set.copyOf(subProcesses.subList(subProcesses.size() / 2, subProcesses.size()));
            leaving = activities.stream().filter(a -> later.contains(a.subProcess())).toList();
        } else {
            leaving = activities.subList(activities.size() / 2, activities.size());
        }
        List<String> declared = content.declared().stream()
                .filter(code -> leaving.stream().anyMatch(a -> a.code().startsWith(code + ".")))
                .toList();
        OfficeContent part = new OfficeContent(declared, List.of());
        leaving.forEach(part::receive);
        return part;
    }

    /** Takes {@code part}'s activities out of {@code content}, with the declarations only they justified. */
    static void leave(OfficeContent content, OfficeContent part) {
        part.activityCodes().forEach(content::remove);
        Set<String> orphaned = content.declared().stream()
                .filter(code -> part.activities().stream().anyMatch(a -> a.code().startsWith(code + ".")))
                .filter(code -> content.activities().stream().noneMatch(a -> a.code().startsWith(code + ".")))
                .collect(Collectors.toSet());
        content.declared().removeAll(orphaned);
    }
}
