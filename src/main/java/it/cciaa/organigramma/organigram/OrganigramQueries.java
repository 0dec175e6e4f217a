package it.cciaa.organigramma.organigram;

import it.cciaa.organigramma.ingest.UnitKind;
import it.cciaa.organigramma.query.EditionRowSource;
import it.cciaa.organigramma.query.NamedQueries;
import it.cciaa.organigramma.query.NamedQuery;
import it.cciaa.organigramma.query.RowSource;
import it.cciaa.organigramma.query.Rows;
import it.cciaa.organigramma.store.KnowledgeStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The queries of the organigram pages and of the home page ({@code queries/organigram/}, {@code queries/home/}), one
 * method per query, each returning small records. Every query reads the named graphs of the store.
 */
@Component
public class OrganigramQueries {
    /** Process-map codes in their natural order (A1.2 before A1.10), whatever the width of their numbers. */
    public static final Comparator<String> NOTATION_ORDER = Comparator
            .comparing((String notation) -> notation.substring(0, 1))
            .thenComparing(OrganigramQueries::numbersOf, (a, b) -> java.util.Arrays.compare(a, b));

    private final RowSource selector;
    private final Map<String, NamedQuery> byName = new LinkedHashMap<>();
    private final NamedQueries library;

    @Autowired
    public OrganigramQueries(KnowledgeStore store, NamedQueries queries) {
        this((RowSource) store, queries);
    }

    OrganigramQueries(RowSource selector, NamedQueries queries) {
        this.selector = selector;
        this.library = queries;
        for (String name : List.of("organigram/unit", "organigram/unit-other-names", "organigram/unit-parents",
                "organigram/unit-children", "organigram/unit-declared-processes", "organigram/unit-activities",
                "organigram/unit-shared-activities", "organigram/unit-laws", "organigram/tree", "home/units-by-kind",
                "home/processes-by-level", "home/totals", "home/current-edition")) {
            byName.put(name, queries.find(name)
                    .orElseThrow(() -> new IllegalStateException("queries/" + name + ".rq is missing")));
        }
    }

    /** The same queries over an in-memory dataset (tests, tools). */
    public static OrganigramQueries over(org.apache.jena.query.Dataset dataset, NamedQueries queries) {
        return new OrganigramQueries(RowSource.over(dataset), queries);
    }

    /**
     * The same queries reading the edition graph {@code editionGraph} only ({@code ?__edition}); the service always
     * reads through one of these, since unbound queries read every edition at once.
     */
    public OrganigramQueries in(String editionGraph) {
        return new OrganigramQueries(EditionRowSource.reading(selector, editionGraph), library);
    }

    /** The text of a query with the unit and the edition bound, for "see the SPARQL" links. */
    public String queryText(String name, String unitIri) {
        NamedQuery query = byName.get(name);
        return query.textWith(selector.parametersFor(query, unitIri == null ? Map.of() : unitParameter(unitIri)));
    }

    /** The unit with its description ({@code organigram/unit}); empty when the store does not know it. */
    public Optional<UnitDetails> unit(String iri) {
        return rows("organigram/unit", iri).stream().findFirst().map(row -> new UnitDetails(
                new UnitSummary(iri, row.get("kind"), row.get("kindLabel"), row.get("code"), row.get("name")),
                row.get("description"), integerOrNull(row.get("sourceLine"))));
    }

    /** The other spellings of the unit's name ({@code organigram/unit-other-names}). */
    public List<String> otherNames(String iri) {
        return rows("organigram/unit-other-names", iri).stream().map(row -> row.get("name")).toList();
    }

    /** The units above the unit, from the Ente down ({@code organigram/unit-parents}). */
    public List<UnitSummary> parents(String iri) {
        return rows("organigram/unit-parents", iri).stream().map(row -> summary(row, "parent")).toList();
    }

    /** The units directly below the unit, in the document's order ({@code organigram/unit-children}). */
    public List<SubUnit> children(String iri) {
        return rows("organigram/unit-children", iri).stream()
                .map(row -> new SubUnit(summary(row, "child"), Integer.parseInt(row.get("activities")))).toList();
    }

    /** The themes and processes the unit declares ({@code organigram/unit-declared-processes}). */
    public List<DeclaredProcess> declaredProcesses(String iri) {
        return rows("organigram/unit-declared-processes", iri).stream()
                .map(row -> new DeclaredProcess(row.get("process"), row.get("notation"),
                        Integer.parseInt(row.get("level")), row.get("label"), row.get("qualifier"),
                        row.get("qualifierLabel"), Integer.parseInt(row.get("sourceLine"))))
                .sorted(Comparator.comparing(DeclaredProcess::notation, NOTATION_ORDER))
                .toList();
    }

    /**
     * The unit's activities in the order of their codes ({@code organigram/unit-activities}), each with the other
     * units that share it ({@code organigram/unit-shared-activities}).
     */
    public List<UnitActivity> activities(String iri) {
        Map<String, List<UnitSummary>> shared = sharedActivities(iri);
        return rows("organigram/unit-activities", iri).stream()
                .map(row -> new UnitActivity(row.get("activity"), row.get("notation"), row.get("label"),
                        row.get("activityLabel"), row.get("subProcess"), row.get("subProcessNotation"),
                        row.get("subProcessLabel"), row.get("process"), row.get("processNotation"),
                        row.get("processLabel"), row.get("qualifier"), row.get("qualifierLabel"),
                        row.get("qualifierDescription"), row.get("marker"), row.get("editorialNote"),
                        row.get("sourceRecord"), Integer.parseInt(row.get("sourceLine")),
                        shared.getOrDefault(row.get("notation"), List.of())))
                .sorted(Comparator.comparing(UnitActivity::notation, NOTATION_ORDER))
                .toList();
    }

    /** For each activity of the unit that other units have too, those units ({@code organigram/unit-shared-activities}). */
    public Map<String, List<UnitSummary>> sharedActivities(String iri) {
        Map<String, List<UnitSummary>> shared = new LinkedHashMap<>();
        for (Map<String, String> row : rows("organigram/unit-shared-activities", iri)) {
            shared.computeIfAbsent(row.get("notation"), k -> new ArrayList<>()).add(summary(row, "unit"));
        }
        return shared;
    }

    /** The laws the unit cites, itself or through its processes and activities ({@code organigram/unit-laws}). */
    public List<LawCitation> laws(String iri) {
        return rows("organigram/unit-laws", iri).stream()
                .map(row -> new LawCitation(row.get("law"), row.get("lawNotation"), row.get("title"),
                        row.get("textAsWritten"), row.get("citedBy"), row.get("citedByNotation"),
                        Integer.parseInt(row.get("sourceLine"))))
                .toList();
    }

    /** The organigram as trees of units, one per root (the Ente), children in the document's order ({@code organigram/tree}). */
    public List<TreeNode> tree() {
        List<Map<String, String>> rows = rows("organigram/tree", null);
        Map<String, List<Map<String, String>>> byParent = new LinkedHashMap<>();
        for (Map<String, String> row : rows) {
            byParent.computeIfAbsent(row.getOrDefault("parent", ""), k -> new ArrayList<>()).add(row);
        }
        return branches(byParent, "");
    }

    /** How many units of each kind, Ente first ({@code home/units-by-kind}). */
    public List<OrganigramFigures.KindCount> unitsByKind() {
        List<String> order = List.of(UnitKind.values()).stream().map(UnitKind::notation).toList();
        return rows("home/units-by-kind", null).stream()
                .map(row -> new OrganigramFigures.KindCount(row.get("kind"), row.get("kindLabel"),
                        Integer.parseInt(row.get("units"))))
                .sorted(Comparator.comparingInt(count -> order.indexOf(count.kind()) < 0 ? order.size()
                        : order.indexOf(count.kind())))
                .toList();
    }

    /** How many codes of the process map at each level ({@code home/processes-by-level}). */
    public List<OrganigramFigures.LevelCount> processesByLevel() {
        return rows("home/processes-by-level", null).stream()
                .map(row -> new OrganigramFigures.LevelCount(Integer.parseInt(row.get("level")),
                        row.getOrDefault("levelLabel", "Livello " + row.get("level")),
                        Integer.parseInt(row.get("processes"))))
                .toList();
    }

    /** Competences, declarations, citations and laws cited ({@code home/totals}). */
    public OrganigramFigures.Totals totals() {
        Map<String, String> row = rows("home/totals", null).stream().findFirst().orElse(Map.of());
        return new OrganigramFigures.Totals(count(row, "competences"), count(row, "declarations"),
                count(row, "citations"), count(row, "laws"));
    }

    /** The most recently dated edition of the catalogue ({@code home/current-edition}); empty before any load. */
    public Optional<OrganigramFigures.Edition> currentEdition() {
        return rows("home/current-edition", null).stream().findFirst()
                .map(row -> new OrganigramFigures.Edition(row.get("edition"), row.get("title"), row.get("identifier"),
                        row.get("modified"), row.get("publisher")));
    }

    private List<TreeNode> branches(Map<String, List<Map<String, String>>> byParent, String parent) {
        return byParent.getOrDefault(parent, List.of()).stream()
                .map(row -> new TreeNode(summary(row, "unit"), Integer.parseInt(row.get("activities")),
                        branches(byParent, row.get("unit"))))
                .toList();
    }

    private List<Map<String, String>> rows(String name, String unitIri) {
        return Rows.of(selector.select(byName.get(name), unitIri == null ? Map.of() : unitParameter(unitIri)));
    }

    private static Map<String, Node> unitParameter(String unitIri) {
        return Map.of("unit", NodeFactory.createURI(unitIri));
    }

    private static UnitSummary summary(Map<String, String> row, String iriColumn) {
        return new UnitSummary(row.get(iriColumn), row.get("kind"), row.get("kindLabel"), row.get("code"),
                row.get("name"));
    }

    private static Integer integerOrNull(String text) {
        return text == null ? null : Integer.valueOf(text);
    }

    private static int count(Map<String, String> row, String column) {
        return row.containsKey(column) ? Integer.parseInt(row.get(column)) : 0;
    }

    private static int[] numbersOf(String notation) {
        String digits = notation.substring(1);
        return digits.isEmpty() ? new int[0] : java.util.Arrays.stream(digits.split("\\."))
                .mapToInt(part -> part.matches("\\d{1,9}") ? Integer.parseInt(part) : Integer.MAX_VALUE).toArray();
    }
}
