package id.matagaruda.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.matagaruda.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/** The "Partisipasi Pilkada" page in headless Chromium: both maps draw, the table ranks, a map click opens a region. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@ContextConfiguration(initializers = TestDatabase.class)
class ParticipationBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SHOTS = Path.of("target", "screenshots");
    static WebDriver browser;

    @LocalServerPort int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI must install Debian chromium and chromium-driver");
        }
        assumeTrue(installed, "Debian chromium/chromium-driver not installed; browser test skipped outside CI");
        Files.createDirectories(SHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--window-size=1366,1000", "--lang=id");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build(), options);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void verifierSeesBothMapsOfItsProvinceTheRankedTableAndOpensARegionFromTheMap() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(90));
        String base = "http://127.0.0.1:" + port;
        browser.get(base + "/login");
        browser.findElement(By.id("username")).sendKeys("jabar.verifikator");
        browser.findElement(By.id("password")).sendKeys("demo-garuda");
        browser.findElement(By.cssSelector("form.card button[type=submit]")).click();
        browser.get(base + "/partisipasi?target=85");
        wait.until(ExpectedConditions.attributeToBe(By.id("peta-prediksi"), "data-ready", "true"));
        wait.until(ExpectedConditions.attributeToBe(By.id("peta-selisih"), "data-ready", "true"));
        assertThat(browser.findElements(By.cssSelector("#peta-prediksi canvas"))).isNotEmpty();
        Object drawn = ((JavascriptExecutor) browser).executeScript(
                "return window.mataGarudaPartisipasi.gap.getOption().series[0].data.length;");
        assertThat(((Number) drawn).intValue()).isEqualTo(27);
        assertThat(browser.findElements(By.cssSelector("#tabel-perhatian tbody tr"))).isNotEmpty();
        Thread.sleep(800);
        shot("partisipasi-01-jawa-barat");
        String first = browser.findElement(By.cssSelector("#tabel-perhatian tbody tr")).getAttribute("data-kode");
        ((JavascriptExecutor) browser).executeScript(
                "window.mataGarudaPartisipasi.gap.trigger('click', {name: arguments[0]});", first);
        wait.until(ExpectedConditions.urlContains("/partisipasi/wilayah/" + first));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(first);
        shot("partisipasi-02-wilayah");
    }

    private static void shot(String name) throws IOException {
        Path file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(file, SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
