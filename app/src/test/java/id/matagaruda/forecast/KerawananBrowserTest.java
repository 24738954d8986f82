package id.matagaruda.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.matagaruda.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Peta Kerawanan in a real browser (headless Chromium): the province map coloured by risk, a click on Papua shows its
 * drivers, the skill table names the baselines. Screenshots go to target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@ContextConfiguration(initializers = TestDatabase.class)
class KerawananBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @LocalServerPort int port;

    @Test
    void analystSeesTheRiskMapAndTheDriversOfAClickedProvince() throws Exception {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        assumeTrue(installed || "true".equals(System.getenv("CI")), "headless Chromium not installed");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--window-size=1366,1100", "--lang=id");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        WebDriver browser = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build(), options);
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(90));
            String base = "http://127.0.0.1:" + port;
            browser.get(base + "/kerawanan");
            wait.until(ExpectedConditions.urlContains("/login"));
            browser.findElement(By.id("username")).sendKeys("pusat.analis");
            browser.findElement(By.id("password")).sendKeys("demo-garuda");
            browser.findElement(By.cssSelector("form.card button[type=submit]")).click();
            WebElement map = wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#peta-kerawanan[data-shown-level=provinsi]")));
            assertThat(map.getAttribute("data-count")).isEqualTo("38");
            assertThat(browser.findElements(By.cssSelector("#tabel-uji tbody tr"))).hasSize(4);
            assertThat(browser.findElement(By.id("vonis")).getText()).contains("garis dasar");
            Thread.sleep(800);
            shot(browser, "kerawanan-01-peta");
            // Papua Pegunungan, inland (Wamena)
            List<?> pixel = (List<?>) ((JavascriptExecutor) browser).executeScript(
                    "return window.mataGarudaKerawanan.chart.convertToPixel({seriesIndex: 0}, [138.95, -4.1]);");
            int x = ((Number) pixel.get(0)).intValue();
            int y = ((Number) pixel.get(1)).intValue();
            new Actions(browser).moveToElement(map, x - map.getSize().getWidth() / 2, y - map.getSize().getHeight() / 2)
                    .click().perform();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pendorong"), "Papua"));
            assertThat(browser.findElements(By.cssSelector("#pendorong li"))).isNotEmpty();
            shot(browser, "kerawanan-02-pendorong");
        } finally {
            browser.manage().logs().get(LogType.BROWSER).forEach(e -> System.out.println("[browser] " + e));
            browser.quit();
        }
    }

    private static void shot(WebDriver browser, String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Path file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(file, dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
