package it.cciaa.organigramma.edition;

import static org.assertj.core.api.Assertions.assertThat;

import it.cciaa.organigramma.web.HtmlPages;
import it.cciaa.organigramma.web.LiveService;
import it.cciaa.organigramma.web.PageAnswers;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;

/**
 * The editions' Atom feed through the running service: well-formed, valid as RFC 4287 requires, one entry per
 * edition of the history, each named as people read it, and announced by the history pages.
 */
class EditionFeedHttpIT {
    private final LiveService service = LiveService.get();

    private Document feed(String path) {
        HttpResponse<String> answer = service.get(path, null);
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).as(path)
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/atom+xml"));
        return AtomFeeds.parse(answer.body());
    }

    @Test
    void theFeedHasOneEntryPerEditionOfTheHistoryNamedAsPeopleReadIt() {
        for (String chamber : List.of("", "?ente=cciaa-di-foggia")) {
            Document feed = feed("/edizioni/feed" + chamber);
            JsonNode history = PageAnswers.json(service, "/edizioni" + chamber, "application/json");
            List<String> datasets = new ArrayList<>();
            history.get("editions").forEach(entry -> datasets.add(entry.get("edition").get("dataset").asString()));
            List<Element> entries = AtomFeeds.entries(feed);
            assertThat(entries).extracting(entry -> AtomFeeds.text(entry, "id"))
                    .containsExactlyInAnyOrderElementsOf(datasets);
            Element foggia = entries.stream().filter(entry -> AtomFeeds.text(entry, "id")
                    .equals(service.iri("/data/dataset/organigramma/cciaa-di-foggia/2025-01-01"))).findFirst()
                    .orElseThrow();
            assertThat(AtomFeeds.text(foggia, "title")).isEqualTo("Edizione del 1° gennaio 2025 – CCIAA di Foggia");
            assertThat(AtomFeeds.text(foggia, "summary")).startsWith("Valida dal 1° gennaio 2025, in vigore.")
                    .containsPattern("Validazione: 0 violazioni, \\d+ avvisi, \\d+ note\\.");
            assertThat(AtomFeeds.links(foggia, "alternate"))
                    .containsExactly("/organigramma?edizione=cciaa-di-foggia/2025-01-01");
            assertThat(AtomFeeds.links(foggia, "enclosure")).contains(
                    "/graph/organigramma/cciaa-di-foggia/2025-01-01?format=turtle",
                    "/dump/cciaa-di-foggia/edizione-corrente.trig");
            for (String link : AtomFeeds.links(foggia, "enclosure")) {
                assertThat(service.get(link, null).statusCode()).as(link).isEqualTo(200);
            }
            assertThat(PageAnswers.page(service, AtomFeeds.links(foggia, "alternate").getFirst())).isNotNull();
        }
    }

    @Test
    void theHistoryPagesAnnounceTheirFeed() {
        for (String chamber : List.of("", "?ente=cciaa-di-foggia")) {
            Document page = PageAnswers.page(service, "/edizioni" + chamber);
            assertThat(HtmlPages.texts(page, "//head/link[@rel='alternate'][@type='application/atom+xml']/@href"))
                    .containsExactly("/edizioni/feed" + chamber);
            assertThat(HtmlPages.texts(page, "//head/link[@rel='alternate'][@type='application/atom+xml']/@title"))
                    .singleElement().asString().startsWith("Edizioni dell'organigramma");
        }
    }

    @Test
    void anUnknownOrMalformedChamberIsRefused() {
        assertThat(service.get("/edizioni/feed?ente=cciaa-di-nessun-luogo", null).statusCode()).isEqualTo(404);
        assertThat(service.get("/edizioni/feed?ente=%3Cscript%3E", null).statusCode()).isEqualTo(400);
    }
}
