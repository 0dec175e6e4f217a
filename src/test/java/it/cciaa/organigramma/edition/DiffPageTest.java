package it.cciaa.organigramma.edition;

import static org.assertj.core.api.Assertions.assertThat;

import it.cciaa.organigramma.ingest.AllegatoImporter;
import it.cciaa.organigramma.ingest.AllegatoImporter.ImportOptions;
import it.cciaa.organigramma.ingest.AllegatoImporter.Imported;
import it.cciaa.organigramma.query.NamedQueries;
import it.cciaa.organigramma.query.PageQuery;
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
 * The diff page with changes in it (the live service holds one edition, so only here): Foggia 2025-01-01 against its
 * changed copy of 2026-01-01, rendered by the page's own template and read as strict XHTML.
 */
class DiffPageTest {
    private static DiffPage page;
    private static Document html;

    @BeforeAll
    static void renderTheDiffOfTwoEditions() throws Exception {
        Imported old = importEdition(ChangedFoggiaDocument.original(), "2025-01-01");
        Imported changed = importEdition(ChangedFoggiaDocument.changed(), "2026-01-01");
        Dataset both = DatasetFactory.createGeneral();
        for (Imported imported : List.of(old, changed)) {
            imported.dataset().listNames().forEachRemaining(name -> both.getNamedModel(name)
                    .add(imported.dataset().getNamedModel(name)));
        }
        EditionDiff diff = EditionDiffQueries.over(both, NamedQueries.load())
                .diff(old.editionGraph(), changed.editionGraph());
        Editions editions = Editions.over(both, NamedQueries.load());
        page = DiffPage.of(editions.byIri(old.edition()).orElseThrow(), editions.byIri(changed.edition()).orElseThrow(),
                false, diff);
        String iri = "https://w3id.org/organigramma-kg/edizioni/differenze?da=2025-01-01&a=2026-01-01";
        html = RenderedPages.page("edition/diff", Map.of("page", page, "iri", iri, "sparql", "SELECT * {}",
                "pageQueries", List.of(new PageQuery("edition/units-moved", "SELECT * {}"))));
    }

    private static Imported importEdition(byte[] document, String date) throws Exception {
        return new AllegatoImporter(ImportOptions.defaults().withEditionDate(Optional.of(LocalDate.parse(date))))
                .importDocument(document, "allegato-c-" + date + ".txt");
    }

    @Test
    void countsTheChangesAtTheTopAndLinksEachKindToItsSection() {
        assertThat(page.total()).isEqualTo(6);
        assertThat(HtmlPages.texts(html, "//table[@class='diff-counts']/caption")).containsExactly("6 modifiche in tutto");
        assertThat(HtmlPages.texts(html, "//table[@class='diff-counts']//a/@href")).containsExactly("#unita-rinominate",
                "#unita-spostate", "#attivita-assegnate", "#attivita-ritirate", "#attivita-riqualificate");
        assertThat(HtmlPages.texts(html, "//h2")).containsExactly("Unità rinominate", "Unità spostate",
                "Attività assegnate", "Attività ritirate", "Attività riqualificate", "Le query di questa pagina");
        assertThat(HtmlPages.texts(html, "//p[@class='empty-diff']")).isEmpty();
    }

    @Test
    void eachChangeLinksToItsUnitsAndActivities() {
        assertThat(HtmlPages.texts(html, "//section[@aria-labelledby='unita-spostate']//tbody/tr"))
                .containsExactly("3.5 " + ChangedFoggiaDocument.OFFICE_2_3_NAME + " 2.3 sotto II 3.5 sotto III");
        assertThat(HtmlPages.texts(html, "//section[@aria-labelledby='unita-spostate']//a/@href")).containsExactly(
                "/data/organization/support-unit/cciaa-di-foggia/ufficio-3-5",
                "/data/organization/support-unit/cciaa-di-foggia/servizio-ii",
                "/data/organization/support-unit/cciaa-di-foggia/servizio-iii");
        assertThat(HtmlPages.texts(html, "//section[@aria-labelledby='unita-rinominate']//tbody/tr/td"))
                .containsExactly("1.1 " + ChangedFoggiaDocument.OFFICE_1_1_NEW_NAME,
                        ChangedFoggiaDocument.OFFICE_1_1_OLD_NAME, ChangedFoggiaDocument.OFFICE_1_1_NEW_NAME);
        assertThat(HtmlPages.texts(html, "//section[@aria-labelledby='attivita-ritirate']//tbody/tr/td[2]/a/@href"))
                .containsExactly("/controlled-vocabulary/mappa-processi/2024/B3.2.1.6",
                        "/controlled-vocabulary/mappa-processi/2024/A1.2.1.4");
        assertThat(HtmlPages.texts(html, "//section[@aria-labelledby='attivita-riqualificate']//tbody/tr/td[4]"))
                .singleElement().asString().endsWith("(*)");
        assertThat(HtmlPages.texts(html, "//nav[@class='formats']//a/@href"))
                .contains("/edizioni/differenze?da=2025-01-01&a=2026-01-01&format=turtle");
    }

    @Test
    void namesTheTwoEditionsAsPeopleReadThemNeverByKey() {
        assertThat(HtmlPages.texts(html, "//h1")).containsExactly(
                "Differenze tra l'edizione del 1° gennaio 2025 e l'edizione del 1° gennaio 2026");
        assertThat(HtmlPages.texts(html, "//dd/a")).containsExactly("Edizione del 1° gennaio 2025 – CCIAA di Foggia",
                "Edizione del 1° gennaio 2026 – CCIAA di Foggia");
    }
}
