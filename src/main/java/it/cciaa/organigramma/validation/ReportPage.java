package it.cciaa.organigramma.validation;

import it.cciaa.organigramma.validation.OrganigramValidator.Validation;
import it.cciaa.organigramma.validation.ResultView.Severity;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A validation report as pages and JSON show it: counts by severity, then every result twice, grouped by the unit it
 * belongs to and by the rule (shape) that raised it, each with its Italian and English message, its source line, its
 * focus node and its path and value. The same view renders a report stored with an edition ({@link ReportQueries})
 * and a validation just made in memory.
 *
 * <p>To render an in-memory validation (a dry run, a refused publication), build the page with {@link #of(Validation)}
 * and include the fragment {@code validation/results :: report(${report})} of {@code templates/validation/results.html} in a page;
 * as JSON, answer the record itself:
 *
 * <pre>{@code
 * ReportPage report = ReportPage.of(validator.validate(dataset));
 * model.addObject("report", report);   // <section th:replace="~{validation/results :: report(${report})}"></section>
 * }</pre>
 *
 * @param created when the report was made ({@code dct:created}), or null for a validation not stored
 * @param violations how many results have severity sh:Violation
 * @param warnings how many sh:Warning
 * @param infos how many sh:Info
 * @param publishable whether the edition may be published (no Violation)
 * @param byUnit the results grouped by unit, units in the order of their codes, results without a unit last
 * @param byRule the results grouped by shape, most severe rules first
 */
public record ReportPage(String created, long violations, long warnings, long infos, boolean publishable,
        List<Group> byUnit, List<Group> byRule) {

    /** The title of the group of results that belong to no unit (the edition, a law, a concept of the map). */
    public static final String WITHOUT_UNIT = "Senza unità organizzativa";
    /** The title of a unit the document gives no name (its page, linked from the group, still says which). */
    public static final String UNNAMED_UNIT = "Unità senza nome";

    /**
     * The results about one unit, or raised by one shape.
     *
     * @param iri the unit's or the shape's IRI; null for the results without a unit
     */
    public record Group(String iri, String label, long violations, long warnings, long infos, List<Entry> results) {}

    /** One result, with null for what it does not have. */
    public record Entry(String severity, String focusNode, String notation, String unit, Integer sourceLine,
            String messageIt, String messageEn, String shape, String shapeName, String path, String value) {
        static Entry of(ResultView result) {
            return new Entry(result.severity().label(), result.focusNode(), result.notation().orElse(null),
                    result.unit().orElse(null), result.sourceLine().orElse(null), result.messageIt(),
                    result.messageEn(), result.shape(), result.shapeName(), result.path().orElse(null),
                    result.value().orElse(null));
        }

        /** Whether the focus node is an IRI (a page to link to) rather than a blank node. */
        public boolean focusIsIri() {
            return !focusNode.startsWith("_:");
        }
    }

    /** The page of a validation made in memory, its units titled by code and name ("2.1 GESTIONE …"). */
    public static ReportPage of(Validation validation) {
        return of(validation.results(), validation.unitTitles(), null);
    }

    /** How the report titles a unit: its code as printed and its name, "4.1 REGISTRO IMPRESE" (the name alone without a code). */
    public static String unitTitle(String code, String name) {
        return code == null || code.isBlank() ? name : code + " " + name;
    }

    /** The page of any list of results (a stored report's, read by {@link ReportQueries}). */
    public static ReportPage of(List<ResultView> results, Map<String, String> unitTitles, String created) {
        List<ResultView> sorted = results.stream().sorted(Comparator.comparing(ResultView::severity)
                .thenComparing(ResultView::shape)
                .thenComparing(r -> r.sourceLine().orElse(Integer.MAX_VALUE))
                .thenComparing(ResultView::focusNode)).toList();
        long violations = count(sorted, Severity.VIOLATION);
        Map<String, List<ResultView>> units = grouped(sorted, r -> r.unit().orElse(""));
        List<Group> byUnit = units.entrySet().stream()
                .map(e -> group(e.getKey().isEmpty() ? null : e.getKey(),
                        e.getKey().isEmpty() ? WITHOUT_UNIT : unitTitles.getOrDefault(e.getKey(), UNNAMED_UNIT),
                        e.getValue()))
                .sorted(Comparator.comparing((Group g) -> g.iri() == null)
                        .thenComparing(Group::label, ReportPage::compareTitles))
                .toList();
        List<Group> byRule = grouped(sorted, ResultView::shape).values().stream()
                .map(list -> group(list.getFirst().shape(), list.getFirst().shapeName(), list))
                .toList();
        return new ReportPage(created, violations, count(sorted, Severity.WARNING), count(sorted, Severity.INFO),
                violations == 0, byUnit, byRule);
    }

    /** How many results in all. */
    public long total() {
        return violations + warnings + infos;
    }

    private static Map<String, List<ResultView>> grouped(List<ResultView> results, Function<ResultView, String> key) {
        Map<String, List<ResultView>> groups = new LinkedHashMap<>();
        for (ResultView result : results) {
            groups.computeIfAbsent(key.apply(result), k -> new java.util.ArrayList<>()).add(result);
        }
        return groups;
    }

    private static Group group(String iri, String label, List<ResultView> results) {
        return new Group(iri, label, count(results, Severity.VIOLATION), count(results, Severity.WARNING),
                count(results, Severity.INFO), results.stream().map(Entry::of).toList());
    }

    private static long count(List<ResultView> results, Severity severity) {
        return results.stream().filter(r -> r.severity() == severity).count();
    }

    /** Titles in the order of the codes they start with ("1.2" before "1.10"), then alphabetically. */
    private static int compareTitles(String a, String b) {
        String[] left = a.split("[ .]");
        String[] right = b.split("[ .]");
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            boolean numbers = left[i].matches("\\d{1,9}") && right[i].matches("\\d{1,9}");
            int order = numbers ? Integer.compare(Integer.parseInt(left[i]), Integer.parseInt(right[i]))
                    : left[i].compareTo(right[i]);
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(left.length, right.length);
    }
}
