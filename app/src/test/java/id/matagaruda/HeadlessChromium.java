package id.matagaruda;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium for the browser tests: skipped where it is not installed, a failure in CI (which installs
 * it, see .ci/run). The page console is recorded; screenshots go to target/screenshots/.
 */
public final class HeadlessChromium {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path SHOTS = Path.of("target", "screenshots");

    private HeadlessChromium() {
    }

    /** A new browser with the given window size, e.g. "1366,1000". */
    public static WebDriver start(String windowSize) {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI must install Debian chromium and chromium-driver (see .ci/run)");
        }
        assumeTrue(installed, "Debian chromium/chromium-driver not installed; browser test skipped outside CI");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--no-first-run", "--disable-component-update", "--disable-sync",
                "--window-size=" + windowSize, "--lang=id");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** Prints what is left of the page console (for whoever reads a failed run's output) and closes the browser. */
    public static void stop(WebDriver browser) {
        if (browser != null) {
            browser.manage().logs().get(LogType.BROWSER).forEach(e -> System.out.println("[browser] " + e));
            browser.quit();
        }
    }

    /** Fills and submits the login form, which must be the current page; demo accounts share one password. */
    public static void signIn(WebDriver browser, String username) {
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("demo-garuda");
        browser.findElement(By.cssSelector("form.card button[type=submit]")).click();
    }

    public static void shot(WebDriver browser, String name) {
        try {
            Files.createDirectories(SHOTS);
            Path file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(file, SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
