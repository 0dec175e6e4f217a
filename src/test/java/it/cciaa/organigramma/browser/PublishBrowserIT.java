package it.cciaa.organigramma.browser;

import static org.assertj.core.api.Assertions.assertThat;

import it.cciaa.organigramma.edition.ChangedFoggiaDocument;
import it.cciaa.organigramma.edition.ServiceProcess;
import it.cciaa.organigramma.edition.TestEditors;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An editor publishes a new edition from the administration page in Chromium, on a service of its own (the suite's
 * shared one keeps its single edition): the form answers with the report, and the history and the differences show
 * the new edition.
 */
class PublishBrowserIT {
    @TempDir
    Path directory;

    @Test
    void anEditorPublishesAnEditionFromTheAdministrationPage() throws Exception {
        Path document = directory.resolve("allegato-c-2026.txt");
        Files.write(document, ChangedFoggiaDocument.changed());
        try (ServiceProcess service = ServiceProcess.start(directory.resolve("data"), TestEditors.environment());
                Chromium chromium = Chromium.start()) {
            ChromeDriver browser = chromium.driver();
            browser.get(service.url("/admin").replace("://", "://" + TestEditors.EDITOR + ":" + TestEditors.PASSWORD + "@"));
            assertThat(waitFor(browser, By.tagName("h1")).getText()).isEqualTo("Amministrazione");

            browser.findElement(By.id("publish-document")).sendKeys(document.toString());
            browser.findElement(By.id("publish-date")).sendKeys("01012026"); // typed as into an Italian date field
            browser.findElement(By.cssSelector("#publish ~ form button[type=submit]")).click();

            assertThat(waitFor(browser, By.id("outcome")).getText()).isEqualTo("Edizione pubblicata");
            assertThat(Accessibility.blockingViolations(browser)).isEmpty();

            browser.get(service.url("/edizioni"));
            assertThat(browser.findElements(By.cssSelector("table.editions tbody tr"))).hasSize(2);
            browser.findElement(By.cssSelector("a[href*='/edizioni/differenze?da=']")).click();
            assertThat(waitFor(browser, By.tagName("h1")).getText()).contains("1° gennaio 2025").contains("1° gennaio 2026");
            assertThat(browser.findElement(By.tagName("main")).getText()).contains(ChangedFoggiaDocument.OFFICE_1_1_NEW_NAME);
            assertThat(Accessibility.blockingViolations(browser)).isEmpty();
            chromium.atWidth(Chromium.PHONE);
            assertThat(chromium.pageWidth()).isLessThanOrEqualTo(Chromium.PHONE);
        }
    }

    private static WebElement waitFor(ChromeDriver browser, By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }
}
