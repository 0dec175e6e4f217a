package it.cciaa.organigramma.browser;

import static it.cciaa.organigramma.browser.PageType.admin;
import static it.cciaa.organigramma.browser.PageType.drawn;
import static it.cciaa.organigramma.browser.PageType.page;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every page type of the service in Chromium, at desktop width and on a 390 px phone: axe-core finds no critical or
 * serious violation, and no page is wider than the viewport (wide tables scroll in their own box). The main pages
 * are photographed at both widths into {@code target/screenshots/}, or into {@code -Dkg.screenshots=DIR}
 * ({@code docs/screenshots} for the README's). A new page type joins with one line in {@link #PAGES}.
 */
class PagesBrowserIT {
    private static final String LAW = "/norme/atto?iri=" + URLEncoder.encode(
            "https://www.gazzettaufficiale.it/eli/id/2003/07/29/003G0218/sg", StandardCharsets.UTF_8);
    static final List<PageType> PAGES = List.of(
            page("home", "/").photographed(),
            page("organigram", "/organigramma").photographed(),
            page("chamber", "/data/organization/public-organization/cciaa-di-foggia"),
            page("unit", "/data/organization/support-unit/cciaa-di-foggia/ufficio-2-1").photographed(),
            page("process", "/controlled-vocabulary/mappa-processi/2024/C1.1.1.2"),
            page("process-map", "/processi"),
            page("laws", "/norme"),
            page("law", LAW),
            page("search", "/cerca?q=protesti").photographed(),
            page("chambers", "/enti"),
            page("editions", "/edizioni"),
            page("diff", "/edizioni/differenze"),
            page("dry-run", "/edizioni/verifica"),
            page("validation-report", "/graph/validazione/cciaa-di-foggia/2025-01-01"),
            page("resource", "/controlled-vocabulary/modalita-presidio/front-office-sportelli-polifunzionali"),
            drawn("sparql", "/sparql", "#sparql-editor .CodeMirror").photographed(),
            page("catalogue", "/catalogo"),
            page("open-data", "/dati"),
            page("api-docs", "/api-docs"),
            page("transparency", "/trasparenza/articolazione-uffici").photographed(),
            admin("admin", "/admin"),
            page("not-found", "/pagina-che-non-esiste"));

    private static final File SCREENSHOTS = new File(System.getProperty("kg.screenshots",
            System.getProperty("kg.build.dir", "target") + "/screenshots"));

    private static Chromium chromium;

    @BeforeAll
    static void startChromium() {
        chromium = Chromium.start();
    }

    @AfterAll
    static void stopChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    static Stream<Arguments> pagesAtEachWidth() {
        return PAGES.stream().flatMap(page -> Stream.of(Arguments.of(page, Chromium.DESKTOP),
                Arguments.of(page, Chromium.PHONE)));
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @MethodSource("pagesAtEachWidth")
    void hasNoSeriousAccessibilityViolationAndFitsTheScreen(PageType page, int width) {
        chromium.atWidth(width);
        chromium.driver().get(BrowserPages.url(page));
        new WebDriverWait(chromium.driver(), Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(page.ready())));

        assertThat(chromium.pageWidth()).as("%s is laid out wider than the %d px viewport", page, width)
                .isLessThanOrEqualTo(width);
        assertThat(Accessibility.blockingViolations(chromium.driver())).as("axe on %s at %d px", page, width).isEmpty();
        if (page.screenshot()) {
            chromium.screenshot(new File(SCREENSHOTS, page.name() + "-" + width + ".png"));
        }
    }
}
