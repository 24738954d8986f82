package id.matagaruda.participation;

import id.matagaruda.HeadlessChromium;
import static org.assertj.core.api.Assertions.assertThat;

import id.matagaruda.TestDatabase;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
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

    static WebDriver browser;

    @LocalServerPort int port;

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessChromium.start("1366,1000");
    }

    @AfterAll
    static void stopBrowser() {
        HeadlessChromium.stop(browser);
    }

    @Test
    void verifierSeesBothMapsOfItsProvinceTheRankedTableAndOpensARegionFromTheMap() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(90));
        String base = "http://127.0.0.1:" + port;
        browser.get(base + "/login");
        HeadlessChromium.signIn(browser, "jabar.verifikator");
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

    private static void shot(String name) {
        HeadlessChromium.shot(browser, name);
    }
}
