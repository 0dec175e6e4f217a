package it.cciaa.organigramma.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A crawler over the running service: from the home page (and a unit, a process and a generic resource page), every
 * link within the service's own origin answers 2xx or 3xx, and every page reached is Italian and says so. Bounded:
 * at most {@value #MOST_PAGES} pages are read for their links, at most {@value #MOST_LINKS} links checked.
 */
class LinkCrawlHttpIT {
    private static final int MOST_PAGES = 250;
    private static final int MOST_LINKS = 900;
    private static final Pattern HREF = Pattern.compile("\\bhref=\"([^\"]*)\"");
    private static final List<String> SEEDS = List.of("/",
            "/data/organization/support-unit/cciaa-di-foggia/ufficio-2-1",
            "/controlled-vocabulary/mappa-processi/2024/C1.1.1.1",
            "/risorsa?iri=http%3A%2F%2Fdata.europa.eu%2Feli%2Freg%2F2016%2F679%2Foj",
            "/onto/organigramma/Competence");
    private final LiveService service = LiveService.get();

    @Test
    void everyLinkReachedFromTheHomePageAnswersWithoutError() {
        Map<String, String> linkedFrom = new LinkedHashMap<>();
        SEEDS.forEach(seed -> linkedFrom.put(seed, "(seed)"));
        Deque<String> toRead = new ArrayDeque<>(SEEDS);
        Set<String> checked = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        int pagesRead = 0;
        while (!toRead.isEmpty() && checked.size() < MOST_LINKS) {
            String path = toRead.poll();
            if (!checked.add(path)) {
                continue;
            }
            HttpResponse<String> answer = service.get(path, "text/html");
            int status = answer.statusCode();
            String type = answer.headers().firstValue("Content-Type").orElse("");
            if (status >= 400) {
                problems.add(status + " " + path + " (linked from " + linkedFrom.get(path) + ")");
                continue;
            }
            if (!type.startsWith("text/html") || pagesRead >= MOST_PAGES) {
                continue;
            }
            pagesRead++;
            if (!answer.headers().firstValue("Content-Language").orElse("").equals("it")
                    || !answer.body().contains("<html lang=\"it\"")) {
                problems.add("not marked Italian: " + path);
            }
            for (String link : links(answer.body())) {
                linkedFrom.putIfAbsent(link, path);
                if (!checked.contains(link)) {
                    toRead.add(link);
                }
            }
        }
        assertThat(problems).as("links that answer an error, of %d checked", checked.size()).isEmpty();
        assertThat(pagesRead).isGreaterThan(SEEDS.size());
        assertThat(checked).anyMatch(path -> path.startsWith("/data/organization/support-unit/"))
                .anyMatch(path -> path.startsWith("/controlled-vocabulary/mappa-processi/"))
                .anyMatch(path -> path.startsWith("/organigramma"));
    }

    /** The links of a page that stay within the service: paths, with entities decoded and fragments dropped. */
    private List<String> links(String page) {
        List<String> links = new ArrayList<>();
        Matcher href = HREF.matcher(page);
        while (href.find()) {
            String link = href.group(1).replace("&amp;", "&");
            if (link.startsWith(service.url("/"))) {
                link = link.substring(service.url("").length());
            }
            int fragment = link.indexOf('#');
            link = fragment < 0 ? link : link.substring(0, fragment);
            if (link.startsWith("/") && !link.startsWith("//") && isOurs(link)) {
                links.add(link);
            }
        }
        return links;
    }

    /** Links to the editors' pages answer 401 to anyone signed out, by design; the rest must answer. */
    private static boolean isOurs(String link) {
        return !link.startsWith("/admin") && URI.create(link.replace(" ", "%20")).getPath() != null;
    }
}
