package it.cciaa.organigramma.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cciaa.organigramma.project.ProjectResources;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

/** Hygiene of the query library: every file parses, is documented, and the stable queries keep their columns. */
class NamedQueriesTest {
    private final NamedQueries library = NamedQueries.load();

    @Test
    void everyQueryFileParsesAndHasASummary() {
        assertThat(library.all()).hasSize(ProjectResources.list("queries", "*.rq").size());
        library.all().values().forEach(query -> {
            assertThat(query.summary()).as(query.name()).isNotBlank();
            assertThat(query.description()).as(query.name()).isNotBlank();
            assertThat(query.tags()).as(query.name()).isNotEmpty();
        });
    }

    @Test
    void everyQueryHasAnItalianSummaryAndTagsWithItalianNames() {
        library.all().values().forEach(query -> {
            assertThat(query.italianSummary()).as(query.name()).isNotBlank().isNotEqualTo(query.summary());
            assertThat(query.tags()).as(query.name()).allSatisfy(tag -> assertThat(QueryTags.ordered()).contains(tag));
        });
        assertThat(QueryTags.italianName("organigram")).isEqualTo("Organigramma");
    }

    @Test
    void keepsTheQueryAsWrittenBelowItsHeader() {
        NamedQuery units = library.find("organigram/units").orElseThrow();
        assertThat(units.source()).startsWith("PREFIX dct:").doesNotContain("#+")
                .contains("# An edition named by the request");
        library.all().values().forEach(query -> assertThat(QueryFactory.create(query.source())).as(query.name())
                .isEqualTo(query.query()));
    }

    @Test
    void knowsWhichParametersOnlyAnIriCanFill() {
        // GRAPH names, inside FILTER NOT EXISTS and EXISTS too
        assertThat(library.find("edition/competences-assigned").orElseThrow().iriParameters())
                .containsExactlyInAnyOrder("old", "new");
        // a GRAPH name and a predicate; a subject may be any term
        assertThat(library.find("store/objects").orElseThrow().iriParameters())
                .containsExactlyInAnyOrder("graph", "predicate");
        assertThat(library.find("organigram/unit").orElseThrow().iriParameters()).containsExactly("edition");
    }

    @Test
    void theAnalystsFirstQueriesKeepTheirColumns() {
        Map<String, List<String>> columns = Map.of(
                "organigram/units", List.of("unit", "kind", "code", "name", "parent"),
                "taxonomy/processes", List.of("notation", "level", "label", "broader"),
                "organigram/assignments", List.of("unit", "activity", "qualifier", "sourceLine"),
                "organigram/declared-processes", List.of("unit", "process", "sourceLine"),
                "law/citations", List.of("law", "title", "cites", "sourceLine"));
        columns.forEach((name, expected) -> {
            Query query = library.find(name).orElseThrow().query();
            assertThat(query.getResultVars()).as(name).isEqualTo(expected);
        });
    }

    @Test
    void readsParametersFromUnderscoreVariables() {
        NamedQuery query = NamedQuery.parse("test/params", """
                #+ summary: a test
                #+ summary_it: una prova
                #+ description: >
                #+   two lines
                #+   of text
                #+ tags:
                #+   - test
                SELECT ?x WHERE { ?_unit ?p ?x OPTIONAL { ?x ?q ?__kind } }
                """);
        assertThat(query.requiredParameters()).containsExactly("unit");
        assertThat(query.optionalParameters()).containsExactly("kind");
        assertThat(query.description()).isEqualTo("two lines\nof text");
        assertThat(query.tags()).containsExactly("test");
        assertThat(query.italianSummary()).isEqualTo("una prova");
        assertThat(query.source()).isEqualTo("SELECT ?x WHERE { ?_unit ?p ?x OPTIONAL { ?x ?q ?__kind } }\n");
    }

    @Test
    void refusesAQueryWithoutSummaryOrThatDoesNotParse() {
        assertThatThrownBy(() -> NamedQuery.parse("bad/one", "SELECT * WHERE { ?s ?p ?o }"))
                .hasMessageContaining("queries/bad/one.rq").hasMessageContaining("summary");
        assertThatThrownBy(() -> NamedQuery.parse("bad/two", "#+ summary: x\nSELECT * WHERE { ?s ?p }"))
                .hasMessageContaining("queries/bad/two.rq").hasMessageContaining("line 2");
    }
}
