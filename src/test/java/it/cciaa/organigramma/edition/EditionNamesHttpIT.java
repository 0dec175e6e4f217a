package it.cciaa.organigramma.edition;

import static org.assertj.core.api.Assertions.assertThat;

import it.cciaa.organigramma.web.HtmlPages;
import it.cciaa.organigramma.web.LiveService;
import it.cciaa.organigramma.web.PageAnswers;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The pages a person reaches from the home page name an edition as people read it ("Edizione del 1° gennaio 2025 –
 * CCIAA di Foggia"), never by a checksum key ({@code sha256-…}): the key may stay in addresses and in code, not in
 * what a page says.
 */
class EditionNamesHttpIT {
    private static final String TITLE = "Edizione del 1° gennaio 2025 – CCIAA di Foggia";
    /** How many pages the walk from the home page reads, breadth first. */
    private static final int MOST_PAGES = 150;
    /** Elements whose text is an address or code shown as such, not words of the page. */
    private static final List<String> CODE = List.of("code", "samp", "pre", "textarea", "script", "style");

    private final LiveService service = LiveService.get();

    @Test
    void noPageReachedFromTheHomePageNamesAnEditionByAChecksum() {
        Set<String> seen = new LinkedHashSet<>(List.of("/"));
        Deque<String> next = new ArrayDeque<>(seen);
        List<String> read = new ArrayList<>();
        while (!next.isEmpty() && read.size() < MOST_PAGES) {
            String path = next.removeFirst();
            HttpResponse<String> answer = service.get(path, "text/html");
            if (answer.statusCode() != 200 || !answer.headers().firstValue("Content-Type").orElse("")
                    .startsWith("text/html")) {
                continue;
            }
            read.add(path);
            Document page = HtmlPages.parse(answer.body());
            assertThat(words(page)).as(path).doesNotContain("sha256-");
            for (String link : HtmlPages.texts(page, "//a/@href")) {
                if (link.startsWith("/") && !link.startsWith("//") && followed(link) && seen.add(link)) {
                    next.addLast(link);
                }
            }
        }
        assertThat(read).as("pages read").hasSizeGreaterThan(40)
                .contains("/", "/edizioni", "/organigramma", "/enti", "/dati");
    }

    @Test
    void everyPageThatNamesTheEditionNamesItAlike() {
        for (String path : List.of("/", "/edizioni", "/edizioni?ente=cciaa-di-foggia", "/enti", "/dati",
                "/edizioni/differenze", "/graph/validazione/cciaa-di-foggia/2025-01-01")) {
            HttpResponse<String> page = service.get(path, "text/html");
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(words(HtmlPages.parse(page.body()))).as(path).contains(TITLE);
        }
        assertThat(PageAnswers.json(service, "/organigramma", "application/json").get("edition").get("title")
                .asString()).isEqualTo(TITLE);
        assertThat(PageAnswers.json(service, "/edizioni", "application/json").get("editions").get(0).get("edition")
                .get("title").asString()).isEqualTo(TITLE);
    }

    /** Pages, not downloads, feeds, queries or other forms of a page. */
    private static boolean followed(String link) {
        return !link.contains("format=") && !link.startsWith("/dump/") && !link.startsWith("/sparql?")
                && !link.startsWith("/edizioni/feed") && !link.startsWith("/api-docs") && !link.startsWith("/v3/")
                && !link.startsWith("/css/") && !link.startsWith("/js/") && !link.startsWith("/admin");
    }

    /** What the page says in words: its text without the addresses and code it shows as such. */
    private static String words(Document page) {
        for (String name : CODE) {
            NodeList nodes = page.getElementsByTagName(name);
            for (int i = nodes.getLength() - 1; i >= 0; i--) {
                Element element = (Element) nodes.item(i);
                element.getParentNode().removeChild(element);
            }
        }
        return page.getDocumentElement().getTextContent().replaceAll("\\S*/\\S*", " ").replaceAll("\\s+", " ");
    }
}
