package it.cciaa.organigramma.organigram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the page of one unit shows, and its JSON form: the unit, its other names, the chain of units above it,
 * the units below it, the processes it declares, its activities (each with the other units that share it) and the
 * laws it cites.
 */
public record UnitPage(
        String iri,
        String kind,
        String kindLabel,
        String code,
        String name,
        String description,
        List<String> otherNames,
        Integer sourceLine,
        List<UnitSummary> parents,
        List<SubUnit> children,
        List<DeclaredProcess> declaredProcesses,
        List<UnitActivity> activities,
        List<LawCitation> laws) {

    /** A level-2 process and, under it, the level-3 sub-processes whose activities the unit holds. */
    public record ProcessGroup(String iri, String notation, String label, List<SubProcessGroup> subProcesses) {}

    /** A level-3 sub-process and the unit's activities in it. */
    public record SubProcessGroup(String iri, String notation, String label, List<UnitActivity> activities) {}

    /** Reads the page of the unit {@code iri}; empty when the store does not know the unit. */
    public static Optional<UnitPage> read(OrganigramQueries queries, String iri) {
        return queries.unit(iri).map(details -> {
            UnitSummary unit = details.unit();
            return new UnitPage(iri, unit.kind(), unit.kindLabel(), unit.code(), unit.name(), details.description(),
                    queries.otherNames(iri), details.sourceLine(), queries.parents(iri), queries.children(iri),
                    queries.declaredProcesses(iri), queries.activities(iri), queries.laws(iri));
        });
    }

    /** The unit as links to it read. */
    public UnitSummary summary() {
        return new UnitSummary(iri, kind, kindLabel, code, name);
    }

    /** The page's key figures in words, for the line under the heading: "12 attività", "8 temi e processi presidiati". */
    public List<String> highlights() {
        List<String> highlights = new ArrayList<>();
        if (!activities.isEmpty()) {
            highlights.add(activities.size() + " attività");
        }
        if (!declaredProcesses.isEmpty()) {
            highlights.add(declaredProcesses.size() == 1 ? "1 tema o processo presidiato"
                    : declaredProcesses.size() + " temi e processi presidiati");
        }
        if (!children.isEmpty()) {
            highlights.add(children.size() == 1 ? "1 unità dipendente" : children.size() + " unità dipendenti");
        }
        if (!laws.isEmpty()) {
            highlights.add(laws.size() == 1 ? "1 riferimento normativo" : laws.size() + " riferimenti normativi");
        }
        if (sourceLine != null) {
            highlights.add("nel documento dalla riga " + sourceLine);
        }
        return highlights;
    }

    /** The mission text split into its paragraphs. */
    public List<String> descriptionParagraphs() {
        return description == null ? List.of()
                : List.of(description.split("\\n\\s*\\n")).stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    /** The declared processes of one level: 1 for the themes, 2 for the processes. */
    public List<DeclaredProcess> declaredProcessesOfLevel(int level) {
        return declaredProcesses.stream().filter(p -> p.level() == level).toList();
    }

    /** The activities grouped by level-2 process, then by level-3 sub-process, in the order of their codes. */
    public List<ProcessGroup> processGroups() {
        Map<String, Map<String, List<UnitActivity>>> byProcess = new LinkedHashMap<>();
        for (UnitActivity activity : activities) {
            byProcess.computeIfAbsent(processKey(activity), k -> new LinkedHashMap<>())
                    .computeIfAbsent(subProcessKey(activity), k -> new ArrayList<>())
                    .add(activity);
        }
        List<ProcessGroup> groups = new ArrayList<>();
        byProcess.forEach((processNotation, bySubProcess) -> {
            UnitActivity first = bySubProcess.values().iterator().next().getFirst();
            List<SubProcessGroup> subProcesses = new ArrayList<>();
            bySubProcess.forEach((subProcessNotation, members) -> subProcesses.add(new SubProcessGroup(
                    members.getFirst().subProcess(), subProcessNotation, members.getFirst().subProcessLabel(),
                    List.copyOf(members))));
            groups.add(new ProcessGroup(first.process(), processNotation, first.processLabel(), subProcesses));
        });
        return groups;
    }

    /** The qualifier labels met among the activities, for the page's legend. */
    public Map<String, String> qualifiersInUse() {
        Map<String, String> legend = new LinkedHashMap<>();
        activities.stream().filter(a -> a.qualifierLabel() != null)
                .forEach(a -> legend.putIfAbsent(a.qualifierLabel(), a.qualifierDescription()));
        return legend;
    }

    private static String processKey(UnitActivity activity) {
        return activity.processNotation() != null ? activity.processNotation() : ancestor(activity.notation(), 2);
    }

    private static String subProcessKey(UnitActivity activity) {
        return activity.subProcessNotation() != null ? activity.subProcessNotation() : ancestor(activity.notation(), 3);
    }

    private static String ancestor(String notation, int level) {
        String[] parts = notation.split("\\.");
        return String.join(".", List.of(parts).subList(0, Math.min(level, parts.length)));
    }
}
