package it.cciaa.organigramma.edition;

import static org.assertj.core.api.Assertions.assertThat;

import it.cciaa.organigramma.vocabulary.OKG;
import it.cciaa.organigramma.web.HtmlPages;
import it.cciaa.organigramma.web.LiveService;
import it.cciaa.organigramma.web.PageAnswers;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;

/**
 * The differences between editions through the running service, which holds one edition (2025-01-01): compared
 * with itself it has none, and the page, the JSON and the RDF all say so; bad keys get 400, unknown ones 404.
 */
class DiffHttpIT {
    private static final String SAME = "/edizioni/differenze?da=2025-01-01&a=2025-01-01";

    private final LiveService service = LiveService.get();
    private final String edition = service.iri("/data/dataset/organigramma/cciaa-di-foggia/2025-01-01");

    @Test
    void anEditionComparedWithItselfHasNoDifferencesAndThePageSaysSoPlainly() {
        Document page = PageAnswers.page(service, SAME);
        assertThat(HtmlPages.texts(page, "//h1"))
                .containsExactly("Differenze tra l'edizione del 1° gennaio 2025 e l'edizione del 1° gennaio 2025");
        assertThat(HtmlPages.texts(page, "//p[@class='empty-diff']"))
                .containsExactly("Un'edizione confrontata con sé stessa: nessuna differenza.");
        assertThat(HtmlPages.texts(page, "//table[@class='diff-counts']")).isEmpty();
        assertThat(HtmlPages.texts(page, "//dd/a/@href"))
                .containsOnly("/data/dataset/organigramma/cciaa-di-foggia/2025-01-01");
        assertThat(HtmlPages.texts(page, "//nav[@class='formats']//a/@href"))
                .contains("/edizioni/differenze?da=cciaa-di-foggia/2025-01-01&a=cciaa-di-foggia/2025-01-01&format=turtle");
        assertThat(HtmlPages.texts(page, "//section[@aria-labelledby='queries']//li")).contains("edition/units-moved");
    }

    @Test
    void byDefaultTheCurrentEditionIsComparedWithTheOneBeforeItOrWithItselfWhenItIsTheFirst() {
        Document page = PageAnswers.page(service, "/edizioni/differenze");
        assertThat(HtmlPages.texts(page, "//h1"))
                .containsExactly("Differenze tra l'edizione del 1° gennaio 2025 e l'edizione del 1° gennaio 2025");
        assertThat(HtmlPages.texts(page, "//p[@class='empty-diff']").getFirst())
                .startsWith("Non c'è un'edizione precedente all'edizione del 1° gennaio 2025");
    }

    @Test
    void theJsonIsTheDiffWritersWithTheTwoKeys() {
        for (String accept : new String[] {"application/json", null}) {
            String path = accept == null ? SAME + "&format=json" : SAME;
            JsonNode diff = PageAnswers.json(service, path, accept);
            assertThat(diff.get("da").asString()).isEqualTo("cciaa-di-foggia/2025-01-01");
            assertThat(diff.get("a").asString()).isEqualTo("cciaa-di-foggia/2025-01-01");
            assertThat(diff.get("empty").asBoolean()).isTrue();
            assertThat(diff.get("oldEdition").asString()).endsWith("/graph/organigramma/cciaa-di-foggia/2025-01-01");
            for (String kind : List.of("unitsAdded", "unitsRemoved", "unitsRenamed", "unitsMoved",
                    "activitiesAssigned", "activitiesWithdrawn", "activitiesRequalified", "processesDeclared",
                    "processesDropped", "labelsChanged")) {
                assertThat(diff.get(kind)).as(kind).isEmpty();
            }
        }
    }

    @Test
    void theRdfIsAnEmptyEditionDiffInTurtleJsonLdAndNTriples() {
        Model turtle = rdf(SAME, "text/turtle", Lang.TURTLE);
        Resource diff = turtle.getResource(
                service.iri("/edizioni/differenze?da=cciaa-di-foggia/2025-01-01&a=cciaa-di-foggia/2025-01-01"));
        assertThat(diff.hasProperty(RDF.type, OKG.EditionDiff)).isTrue();
        assertThat(diff.getPropertyResourceValue(OKG.oldEdition).getURI()).isEqualTo(edition);
        assertThat(diff.getPropertyResourceValue(OKG.newEdition).getURI()).isEqualTo(edition);
        assertThat(diff.listProperties(DCTerms.hasPart).toList()).isEmpty();
        assertThat(rdf(SAME, "application/ld+json", Lang.JSONLD).isIsomorphicWith(turtle)).isTrue();
        assertThat(rdf(SAME + "&format=ntriples", null, Lang.NTRIPLES).isIsomorphicWith(turtle)).isTrue();
    }

    @Test
    void anUnknownEditionIsNotFoundAndAMalformedKeyIsABadRequest() {
        HttpResponse<String> unknown = service.get("/edizioni/differenze?da=1999-01-01&a=2025-01-01", "text/html");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("«da»").contains("1999-01-01").doesNotContain("Exception");
        assertThat(service.get("/edizioni/differenze?a=2030-12-31", "application/json").statusCode()).isEqualTo(404);
        HttpResponse<String> malformed = service.get("/edizioni/differenze?da=2025-13-45", "application/json");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("«da»").contains("AAAA-MM-GG");
        HttpResponse<String> word = service.get("/edizioni/differenze?a=ultima", "text/html");
        assertThat(word.statusCode()).isEqualTo(400);
        assertThat(word.body()).contains("«a»");
        assertThat(service.get(SAME, "image/png").statusCode()).isEqualTo(406);
    }

    private Model rdf(String path, String accept, Lang lang) {
        HttpResponse<String> answer = service.get(path, accept);
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        assertThat(answer.headers().allValues("Vary")).contains("Accept");
        Model model = ModelFactory.createDefaultModel();
        RDFDataMgr.read(model, new StringReader(answer.body()), null, lang);
        return model;
    }
}
