package it.cciaa.organigramma.query;

import static org.assertj.core.api.Assertions.assertThat;

import it.cciaa.organigramma.ingest.AllegatoImporter;
import it.cciaa.organigramma.ingest.AllegatoImporter.Imported;
import it.cciaa.organigramma.iri.ChamberIris;
import it.cciaa.organigramma.iri.ServiceIris;
import it.cciaa.organigramma.project.ProjectResources;
import it.cciaa.organigramma.store.UnionView;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The five analysts' queries over the Foggia edition: every item exactly once, nothing invented. */
class FoggiaQueriesTest {
    private static Imported imported;
    private static Dataset dataset;
    private static final NamedQueries LIBRARY = NamedQueries.load();

    @BeforeAll
    static void importFoggia() throws Exception {
        imported = new AllegatoImporter(AllegatoImporter.ImportOptions.defaults())
                .importDocument(ProjectResources.bytes(ProjectResources.FOGGIA_DOCUMENT), "foggia.txt");
        dataset = UnionView.of(imported.dataset());
    }

    private static List<Map<String, String>> rows(String name) {
        RowSetRewindable rows = QueryRunner.select(LIBRARY.find(name).orElseThrow(), dataset, Map.of());
        List<Map<String, String>> result = new ArrayList<>();
        while (rows.hasNext()) {
            Binding binding = rows.next();
            Map<String, String> row = new java.util.HashMap<>();
            for (org.apache.jena.sparql.core.Var var : rows.getResultVars()) {
                Node node = binding.get(var);
                row.put(var.getVarName(), node == null ? "" : node.isURI() ? node.getURI() : node.getLiteralLexicalForm());
            }
            result.add(row);
        }
        return result;
    }

    private static <T> void exactlyOnce(List<T> items) {
        assertThat(new HashSet<>(items)).hasSameSizeAs(items);
    }

    @Test
    void unitsListsEveryUnitOnceWithKindCodeAndParent() {
        List<Map<String, String>> units = rows("organigram/units");
        ChamberIris chamber = imported.chamber();
        assertThat(units).hasSize(27);
        exactlyOnce(units.stream().map(r -> r.get("unit")).toList());
        Map<String, Map<String, String>> byUnit = units.stream().collect(Collectors.toMap(r -> r.get("unit"), r -> r));
        assertThat(byUnit.get(chamber.iri())).containsEntry("kind", "Ente").containsEntry("code", "")
                .containsEntry("parent", "");
        assertThat(byUnit.get(chamber.unit("staff-performance-e-controllo-di-gestione"))).containsEntry("kind", "Staff")
                .containsEntry("code", "").containsEntry("parent", chamber.iri());
        assertThat(byUnit.get(chamber.unit("servizio-ii"))).containsEntry("kind", "Servizio").containsEntry("code", "II")
                .containsEntry("parent", chamber.unit("area-sg")).containsEntry("name", "BILANCIO E PATRIMONIO");
        assertThat(byUnit.get(chamber.unit("ufficio-1-1"))).containsEntry("kind", "Ufficio").containsEntry("code", "1.1")
                .containsEntry("parent", chamber.unit("servizio-i"));
        assertThat(units.stream().map(r -> r.get("kind")).collect(Collectors.groupingBy(k -> k, Collectors.counting())))
                .isEqualTo(Map.of("Ente", 1L, "Area", 2L, "Servizio", 5L, "Ufficio", 18L, "Staff", 1L));
    }

    @Test
    void processesListsEveryCodeOnceWithItsLevelAndCodeDerivedBroader() {
        List<Map<String, String>> processes = rows("taxonomy/processes");
        exactlyOnce(processes.stream().map(r -> r.get("notation")).toList());
        Set<String> documentCodes = imported.document().mentions().stream().map(m -> m.code().canonical())
                .collect(Collectors.toSet());
        assertThat(processes.stream().map(r -> r.get("notation")).collect(Collectors.toSet())).isEqualTo(documentCodes);
        for (Map<String, String> row : processes) {
            String notation = row.get("notation");
            int level = notation.split("\\.").length;
            assertThat(row.get("level")).as(notation).isEqualTo(String.valueOf(level));
            assertThat(row.get("broader")).as(notation)
                    .isEqualTo(level == 1 ? "" : notation.substring(0, notation.lastIndexOf('.')));
        }
        assertThat(processes.stream().collect(Collectors.groupingBy(r -> r.get("level"), Collectors.counting())))
                .isEqualTo(Map.of("1", 16L, "2", 44L, "3", 123L, "4", 246L));
    }

    @Test
    void assignmentsListEveryCompetenceOnceWithItsQualifier() {
        List<Map<String, String>> assignments = rows("organigram/assignments");
        assertThat(assignments).hasSize(imported.document().competences().size());
        exactlyOnce(assignments.stream().map(r -> r.get("unit") + " " + r.get("activity")).toList());
        ServiceIris service = imported.chamber().service();
        ChamberIris chamber = imported.chamber();
        Set<String> expected = imported.document().competences().stream()
                .map(c -> chamber.unit(c.unitSlug()) + " " + c.code().canonical() + " "
                        + c.qualifier().map(q -> service.qualifier(q.slug())).orElse("") + " " + c.line())
                .collect(Collectors.toSet());
        assertThat(assignments.stream().map(r -> r.get("unit") + " " + r.get("activity") + " " + r.get("qualifier")
                + " " + r.get("sourceLine")).collect(Collectors.toSet())).isEqualTo(expected);
        assertThat(assignments).contains(Map.of("unit", chamber.unit("ufficio-4-1"), "activity", "C1.1.1.2",
                "qualifier", service.base() + "/controlled-vocabulary/modalita-presidio/front-office-sportelli-polifunzionali",
                "sourceLine", "594"));
    }

    @Test
    void declaredProcessesListEveryDeclarationOnce() {
        List<Map<String, String>> declared = rows("organigram/declared-processes");
        assertThat(declared).hasSize(236);
        exactlyOnce(declared.stream().map(r -> r.get("unit") + " " + r.get("process")).toList());
        assertThat(declared.stream().map(r -> r.get("process")).allMatch(p -> p.split("\\.").length <= 2)).isTrue();
        assertThat(declared).contains(Map.of("unit", imported.chamber().unit("servizio-iii"), "process", "C2.7",
                "sourceLine", "473"));
    }

    @Test
    void citationsListEveryLegalReferenceWithWhatCitesIt() {
        List<Map<String, String>> citations = rows("law/citations");
        assertThat(citations).hasSize(imported.document().citations().size()).hasSize(34);
        assertThat(citations).contains(Map.of("law", "https://w3id.org/organigramma-kg/data/norma/stato-legge-1981-11-24-689",
                "title", "Legge 24 novembre 1981, n. 689 – Modifiche al sistema penale",
                "cites", imported.processMap().concept("C2.4.1"), "sourceLine", "699"));
        assertThat(citations.stream().filter(r -> r.get("law").isEmpty()).map(r -> r.get("title")))
                .containsExactlyInAnyOrder("ex art. 44", "ex art. 44", "ex art. 42", "ex art. 42");
        assertThat(citations.stream().filter(r -> r.get("cites").equals(imported.chamber().unit("servizio-iii"))))
                .hasSize(2);
    }

}
