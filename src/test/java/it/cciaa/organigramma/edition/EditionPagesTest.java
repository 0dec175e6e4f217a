package it.cciaa.organigramma.edition;

import static org.assertj.core.api.Assertions.assertThat;

import it.cciaa.organigramma.ingest.AllegatoImporter;
import it.cciaa.organigramma.ingest.AllegatoImporter.ImportOptions;
import it.cciaa.organigramma.ingest.AllegatoImporter.Imported;
import it.cciaa.organigramma.organigram.AlternateLink;
import it.cciaa.organigramma.organigram.OrganigramQueries;
import it.cciaa.organigramma.query.NamedQueries;
import it.cciaa.organigramma.web.HtmlPages;
import it.cciaa.organigramma.web.RenderedPages;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The history page and the past-edition banner with two editions (2025-01-01 and its changed copy of 2026-01-01),
 * rendered from the templates: states the live service, which holds one edition, cannot show.
 */
class EditionPagesTest {
    private static final NamedQueries LIBRARY = NamedQueries.load();
    private static final Map<String, String> TREE_CSV = Map.of("unita", "/organigramma?format=csv&tabella=unita");

    private static Dataset both;
    private static Editions editions;
    /** The chart's links, as the organigram's controller gives them to its page. */
    private static final List<AlternateLink> CHART = List.of(new AlternateLink("image/svg+xml",
            "/organigramma?format=svg&ente=cciaa-di-foggia", "Organigramma (SVG)"));

    @BeforeAll
    static void importBothEditions() throws Exception {
        both = DatasetFactory.createGeneral();
        for (String date : List.of("2025-01-01", "2026-01-01")) {
            byte[] document = date.startsWith("2025") ? ChangedFoggiaDocument.original() : ChangedFoggiaDocument.changed();
            Imported imported = new AllegatoImporter(ImportOptions.defaults()
                    .withEditionDate(Optional.of(LocalDate.parse(date)))).importDocument(document, "allegato-c.txt");
            imported.dataset().listNames().forEachRemaining(name -> both.getNamedModel(name)
                    .add(imported.dataset().getNamedModel(name)));
        }
        editions = Editions.over(both, LIBRARY);
    }

    @Test
    void theHistoryListsTheNewestFirstWithValidityAndTheDiffWithThePreviousEdition() {
        Document page = RenderedPages.page("edition/history", Map.of("history",
                EditionHistory.of(editions.all(), editions.currents()), "iri", "https://w3id.org/organigramma-kg/data/catalogo",
                "csv", Map.of("edizioni", "/edizioni?format=csv&tabella=edizioni"),
                "atomFeed", new EditionFeeds.Announcement("/edizioni/feed", "Edizioni dell'organigramma (feed Atom)")));
        assertThat(HtmlPages.texts(page, "//table[@class='editions']/tbody/tr/th/a"))
                .containsExactly("Edizione del 1° gennaio 2026 – CCIAA di Foggia",
                        "Edizione del 1° gennaio 2025 – CCIAA di Foggia");
        assertThat(HtmlPages.texts(page, "//tr[@id='edizione-cciaa-di-foggia-2026-01-01']/td[1]"))
                .containsExactly("CCIAA di Foggia");
        assertThat(HtmlPages.texts(page, "//tr[@id='edizione-cciaa-di-foggia-2026-01-01']/td[2]")).singleElement()
                .asString().isEqualTo("dal 1° gennaio 2026 in vigore");
        assertThat(HtmlPages.texts(page, "//tr[@id='edizione-cciaa-di-foggia-2025-01-01']/td[2]")).singleElement()
                .asString().isEqualTo("dal 1° gennaio 2025 al 1° gennaio 2026");
        assertThat(HtmlPages.texts(page, "//tr[@id='edizione-cciaa-di-foggia-2026-01-01']/td[6]/a/@href"))
                .containsExactly("/edizioni/differenze?da=cciaa-di-foggia/2025-01-01&a=cciaa-di-foggia/2026-01-01");
        assertThat(HtmlPages.texts(page, "//tr[@id='edizione-cciaa-di-foggia-2026-01-01']/td[6]/a"))
                .containsExactly("rispetto all'edizione del 1° gennaio 2025");
        assertThat(HtmlPages.texts(page, "//head/link[@rel='alternate'][@type='application/atom+xml']/@href"))
                .containsExactly("/edizioni/feed");
        assertThat(HtmlPages.texts(page, "//tr[@id='edizione-cciaa-di-foggia-2025-01-01']/td[6]"))
                .containsExactly("—");
        assertThat(HtmlPages.texts(page, "//tr[@id='edizione-cciaa-di-foggia-2025-01-01']/th/a/@href"))
                .containsExactly("/organigramma?edizione=cciaa-di-foggia/2025-01-01");
    }

    @Test
    void aPastEditionSaysSoWithItsValidityAndALinkToTheCurrentOne() {
        Edition past = editions.byId("cciaa-di-foggia/2025-01-01").orElseThrow();
        OrganigramQueries queries = OrganigramQueries.over(both, LIBRARY).in(past.graph());
        Document page = RenderedPages.page("organigram/tree", Map.of("roots", queries.tree(), "edition", past,
                "iri", queries.tree().getFirst().unit().iri(), "sparql", "SELECT * {}", "alternates", CHART,
                "shownEdition", new EditionAdvice.ShownEdition(past, false, "/organigramma"), "csv", TREE_CSV));
        assertThat(HtmlPages.texts(page, "//p[@class='edition-banner']")).singleElement().asString()
                .contains("edizione del 1° gennaio 2025 – CCIAA di Foggia")
                .contains("valida dal 1° gennaio 2025 al 1° gennaio 2026");
        assertThat(HtmlPages.texts(page, "//p[@class='edition-banner']/a/@href"))
                .containsExactly("/organigramma", "/edizioni?ente=cciaa-di-foggia");

        Edition current = editions.current().orElseThrow();
        Document now = RenderedPages.page("organigram/tree", Map.of("roots", queries.tree(), "edition", current,
                "iri", queries.tree().getFirst().unit().iri(), "sparql", "SELECT * {}", "alternates", CHART,
                "shownEdition", new EditionAdvice.ShownEdition(current, true, "/organigramma"), "csv", TREE_CSV));
        assertThat(HtmlPages.texts(now, "//p[@class='edition-banner']")).isEmpty();
    }
}
