package it.cciaa.organigramma.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The distribution's Chromium, headless, driven through its own chromedriver ({@code .ci/run} installs Debian's
 * {@code chromium} and {@code chromium-driver}). Where they are missing the browser tests are skipped with a message,
 * except on CI (the {@code CI} environment variable, or {@code -Dkg.browser.required=true}), where they fail.
 *
 * <pre>{@code
 * try (Chromium chromium = Chromium.start()) { chromium.atWidth(390); chromium.driver().get(url); }
 * }</pre>
 */
public final class Chromium implements AutoCloseable {
    /** The widths every page is checked at: a desktop and a phone (the viewport of an iPhone 12–15). */
    public static final int DESKTOP = 1280;
    public static final int PHONE = 390;

    private static final Path BROWSER = Path.of(System.getProperty("kg.chromium", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("kg.chromedriver", "/usr/bin/chromedriver"));
    private static final int HEIGHT = 844;

    private final ChromeDriver driver;

    private Chromium(ChromeDriver driver) {
        this.driver = driver;
    }

    /** Starts a headless Chromium at desktop width, or skips (fails on CI) the test when there is none. */
    public static Chromium start() {
        if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
            String missing = BROWSER + " or " + DRIVER + " is missing: the browser tests need Chromium and its driver"
                    + " (Debian: apt-get install chromium chromium-driver, which .ci/run does)";
            if (required()) {
                Assertions.fail(missing);
            }
            Assumptions.abort(missing);
        }
        ChromeOptions options = new ChromeOptions().setBinary(BROWSER.toFile())
                .addArguments("--headless=new", "--window-size=" + DESKTOP + "," + HEIGHT, "--lang=it-IT",
                        "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars");
        if ("root".equals(System.getProperty("user.name"))) {
            options.addArguments("--no-sandbox"); // Chromium refuses to start its sandbox as root
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().withLogOutput(System.err).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(60));
        return new Chromium(driver);
    }

    private static boolean required() {
        return System.getenv("CI") != null || Boolean.getBoolean("kg.browser.required");
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Sets the viewport's width (the window is sized so that the page gets exactly that many CSS pixels). */
    public void atWidth(int width) {
        driver.manage().window().setSize(new Dimension(width, HEIGHT));
        long inner = ((Number) driver.executeScript("return window.innerWidth")).longValue();
        if (inner != width) {
            driver.manage().window().setSize(new Dimension(2 * width - (int) inner, HEIGHT));
        }
    }

    /** How wide the page is laid out: wider than the viewport means it scrolls sideways. */
    public long pageWidth() {
        return ((Number) driver.executeScript("return document.documentElement.scrollWidth")).longValue();
    }

    /** A PNG of what the viewport shows, into {@code file}. */
    public void screenshot(File file) {
        try {
            Files.createDirectories(file.toPath().getParent());
            Files.write(file.toPath(), driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
