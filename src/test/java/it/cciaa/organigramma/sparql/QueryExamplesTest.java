package it.cciaa.organigramma.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import it.cciaa.organigramma.query.NamedQueries;
import it.cciaa.organigramma.query.NamedQuery;
import it.cciaa.organigramma.query.QueryTags;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The query library as the SPARQL page's examples, and the editor's files. */
class QueryExamplesTest {
    private final NamedQueries library = NamedQueries.load();
    private final QueryExamples examples = new QueryExamples(library);

    @Test
    void groupsEveryQueryUnderEachOfItsTagsWithItalianTitles() {
        List<SparqlPage.ExampleGroup> groups = examples.groups();
        assertThat(groups).extracting(SparqlPage.ExampleGroup::tag)
                .isEqualTo(QueryTags.ordered().stream().filter(tag -> groups.stream()
                        .anyMatch(group -> group.tag().equals(tag))).toList());
        assertThat(groups.getFirst().title()).isEqualTo("Organigramma");
        for (NamedQuery query : library.all().values()) {
            for (String tag : query.tags()) {
                SparqlPage.ExampleGroup group = groups.stream().filter(g -> g.tag().equals(tag)).findFirst().orElseThrow();
                assertThat(group.title()).isEqualTo(QueryTags.italianName(tag));
                assertThat(group.examples()).as(tag).filteredOn(example -> example.name().equals(query.name()))
                        .singleElement().satisfies(example -> assertThat(example.title())
                                .isEqualTo(query.italianSummary()));
            }
        }
        assertThat(groups.stream().mapToInt(group -> group.examples().size()).sum())
                .isEqualTo(library.all().values().stream().mapToInt(query -> query.tags().size()).sum());
    }

    @Test
    void anExampleOpensTheQueryAsWrittenWithItsParametersToFillIn() {
        NamedQuery unit = library.find("organigram/unit").orElseThrow();
        String text = QueryExamples.text(unit);
        assertThat(text).startsWith("# " + unit.italianSummary() + "\n# Dalla libreria delle query: "
                + "queries/organigram/unit.rq\n# Parametri da impostare: ?_unit. Sostituire")
                .contains("# Parametri facoltativi: ?__edition.").endsWith(unit.source());
        assertThat(QueryFactory.create(text)).isEqualTo(unit.query());

        SparqlPage.Example example = examples.groups().getFirst().examples().stream()
                .filter(e -> e.name().equals("organigram/unit")).findFirst().orElseThrow();
        assertThat(example.required()).isEqualTo("?_unit");
        assertThat(example.optional()).isEqualTo("?__edition");
        assertThat(URLDecoder.decode(example.href().substring("/sparql?query=".length()), StandardCharsets.UTF_8))
                .isEqualTo(text);

        String withoutParameters = QueryExamples.text(library.find("law/laws").orElseThrow());
        assertThat(withoutParameters).doesNotContain("Parametri da impostare");
    }

    @Test
    void offersTheProjectsPrefixesFirstThenTheLibrarys() {
        List<String> prefixes = examples.prefixes().stream().map(SparqlPage.Prefix::prefix).toList();
        assertThat(prefixes.getFirst()).isEqualTo("okg");
        assertThat(prefixes).doesNotHaveDuplicates().contains("org", "skos", "dct", "dcat", "xsd");
        assertThat(examples.prefixes()).contains(new SparqlPage.Prefix("skos", "http://www.w3.org/2004/02/skos/core#"));
    }

    @Test
    void theVendoredYasguiIsTheOneThePageLoads() {
        for (String file : List.of(Yasgui.SCRIPT, Yasgui.STYLESHEET, Yasgui.LICENCE, Yasgui.SCRIPT + ".gz",
                Yasgui.STYLESHEET + ".gz", Yasgui.FOLDER + "THIRD-PARTY-LICENSES.txt")) {
            assertThat(new ClassPathResource("static" + file).exists()).as(file).isTrue();
        }
    }
}
