package it.cciaa.organigramma.browser;

import static org.assertj.core.api.Assertions.assertThat;

import it.cciaa.organigramma.web.LiveService;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What people come for, clicked through in Chromium against the suite's running service (one edition of Foggia):
 * from a search to a unit and on to a process, a library example run in YASGUI, a dry run of the Foggia document, a box
 * of the drawn organigram to its unit, the transparency table from the home page to its CSV.
 * Each journey ends with axe on the page it reached. A journey for a new feature is one more method of this shape.
 */
class JourneysBrowserIT {
    private static final Path FOGGIA = Path.of("data", "source", "allegato-c-cciaa-foggia.txt").toAbsolutePath();

    private static Chromium chromium;
    private static ChromeDriver browser;

    @BeforeAll
    static void startChromium() {
        chromium = Chromium.start();
        browser = chromium.driver();
    }

    @AfterAll
    static void stopChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aSearchLeadsToAUnitAndItsPageToAProcess() {
        browser.get(LiveService.get().url("/"));
        browser.findElement(By.id("site-search")).sendKeys("protesti");
        browser.findElement(By.cssSelector("form.search button[type=submit]")).click();
        waitFor(By.cssSelector("ol.search-results"));

        WebElement found = browser.findElement(By.cssSelector("ol.search-results a[href*='/support-unit/']"));
        String name = found.getText();
        found.click();
        assertThat(waitFor(By.tagName("h1")).getText()).contains(name);
        assertThat(browser.getCurrentUrl()).contains("/data/organization/support-unit/cciaa-di-foggia/");

        WebElement process = browser.findElement(By.cssSelector("main a[href*='/mappa-processi/']"));
        String notation = process.getText();
        process.click();
        assertThat(waitFor(By.tagName("h1")).getText()).startsWith(notation);
        assertThat(browser.getCurrentUrl()).endsWith("/mappa-processi/2024/" + notation);
        assertThat(Accessibility.blockingViolations(browser)).isEmpty();
    }

    @Test
    void yasguiRunsALibraryExampleAndShowsItsRows() {
        browser.get(LiveService.get().url("/sparql"));
        waitFor(By.cssSelector("#sparql-editor .CodeMirror"));
        WebElement group = browser.findElement(By.cssSelector("#sparql-examples details"));
        group.findElement(By.tagName("summary")).click();
        WebElement example = group.findElement(By.cssSelector("a.sparql-example"));
        String title = example.getText();
        example.click();
        String tab = waitFor(By.cssSelector(".tabsList .tab.active a > span")).getText();
        assertThat(title).startsWith(tab.replace("…", ""));
        browser.findElement(By.cssSelector(".tabPanel.active .yasqe_queryButton")).click();

        List<WebElement> rows = new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> {
            List<WebElement> found = driver.findElements(By.cssSelector(".tabPanel.active .yasr table.dataTable tbody tr"));
            return found.isEmpty() ? null : found;
        });
        assertThat(rows).isNotEmpty();
        assertThat(rows.getFirst().getText()).isNotBlank().doesNotContain("No data available");
        assertThat(Accessibility.blockingViolations(browser)).isEmpty();
    }

    @Test
    void aDryRunOfTheFoggiaDocumentShowsItsReport() {
        browser.get(LiveService.get().url("/edizioni/verifica"));
        browser.findElement(By.id("documento")).sendKeys(FOGGIA.toString());
        browser.findElement(By.id("data")).sendKeys("01012026");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();

        assertThat(waitFor(By.id("outcome")).getText()).isIn("Pubblicabile: nessuna violazione",
                "Non pubblicabile: ci sono violazioni");
        assertThat(browser.findElement(By.cssSelector("section.validation-report #report-outcome")).getText())
                .isEqualTo("Esito");
        assertThat(browser.findElement(By.cssSelector("section.outcome")).getText())
                .contains("allegato-c-cciaa-foggia.txt");
        assertThat(Accessibility.blockingViolations(browser)).isEmpty();
        assertThat(chromium.pageWidth()).isLessThanOrEqualTo(Chromium.DESKTOP);
    }

    @Test
    void aBoxOfTheDrawnOrganigramLeadsToItsUnitPage() {
        browser.get(LiveService.get().url("/organigramma"));
        WebElement drawing = waitFor(By.cssSelector("object[type='image/svg+xml']"));
        String svg = drawing.getDomAttribute("data");
        assertThat(Accessibility.blockingViolations(browser)).isEmpty();

        browser.get(LiveService.get().url(svg)); // the chart itself, as the page embeds it
        WebElement box = waitFor(By.cssSelector("a[href*='/support-unit/cciaa-di-foggia/ufficio-4-1']"));
        assertThat(box.getText()).contains("4.1", "REGISTRO IMPRESE");
        box.click();

        assertThat(waitFor(By.tagName("h1")).getText()).contains("4.1");
        assertThat(browser.getCurrentUrl()).contains("/data/organization/support-unit/cciaa-di-foggia/ufficio-4-1");
    }

    @Test
    void theTransparencyTableIsReachedFromTheHomePageAndDownloadsAsCsv() throws IOException {
        browser.get(LiveService.get().url("/"));
        browser.findElement(By.linkText("Articolazione degli uffici")).click();
        assertThat(waitFor(By.tagName("h1")).getText()).contains("Articolazione degli uffici");
        assertThat(browser.findElements(By.cssSelector("table.offices tbody tr"))).hasSize(27);
        assertThat(Accessibility.blockingViolations(browser)).isEmpty();

        String csv = browser.findElement(By.cssSelector("a[type='text/csv']")).getDomProperty("href");
        var answer = LiveService.get().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(csv)).build());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                assertThat(disposition).startsWith("attachment").contains(".csv"));
        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(answer.body())).getRecords();
        assertThat(rows).hasSize(1 + 27);
        assertThat(rows.getFirst().get(0)).isEqualTo("Codice");
    }

    private static WebElement waitFor(By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }
}
