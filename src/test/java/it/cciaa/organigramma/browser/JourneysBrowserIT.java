package it.cciaa.organigramma.browser;

import static org.assertj.core.api.Assertions.assertThat;

import it.cciaa.organigramma.web.LiveService;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
 * from a search to a unit and on to a process, a library example run in YASGUI, a dry run of the Foggia document.
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

    private static WebElement waitFor(By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }
}
