package id.matagaruda.events.web;

import id.matagaruda.HeadlessChromium;
import static org.assertj.core.api.Assertions.assertThat;

import id.matagaruda.TestDatabase;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * The Pemantauan Isu scripts in a real browser (Debian's headless Chromium) on the test lake: the rate map follows the
 * month slider, the trend chart stacks the categories, the list's htmx refresh is armed, and the page's content
 * security policy reports nothing. Screenshots go to target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@ContextConfiguration(initializers = TestDatabase.class)
@TestPropertySource(properties = "matagaruda.events.lake=" + EventQueryApiTest.LAKE)
class PemantauanBrowserTest {

    static WebDriver browser;

    @LocalServerPort int port;

    @BeforeAll
    static void start() throws IOException {
        browser = HeadlessChromium.start("1366,1000");
        EventQueryApiTest.writeLake();
    }

    @AfterAll
    static void stop() {
        HeadlessChromium.stop(browser);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theMapFollowsTheMonthSliderAndTheTrendStacksTheCategories() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        String base = "http://127.0.0.1:" + port;
        browser.get(base + "/login");
        HeadlessChromium.signIn(browser, "pusat.analis");
        wait.until(ExpectedConditions.urlToBe(base + "/"));

        browser.get(base + "/pemantauan/peta?bulan=2024-02");
        wait.until(ExpectedConditions.attributeToBe(By.id("peta-peristiwa"), "data-month", "2024-02"));
        assertThat(browser.findElements(By.cssSelector("#peta-peristiwa canvas"))).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector("#tabel-teratas tbody tr")).getAttribute("data-kode"))
                .isEqualTo("32.73");
        Thread.sleep(800);
        shot("pemantauan-01-peta-2024-02");

        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript("var s = document.getElementById('slider-bulan'); s.value = '0';"
                + "s.dispatchEvent(new Event('input', { bubbles: true }));");
        wait.until(ExpectedConditions.attributeToBe(By.id("peta-peristiwa"), "data-month", "2024-01"));
        assertThat(browser.findElement(By.id("bulan-terpilih")).getText()).isEqualTo("2024-01");
        assertThat(browser.findElement(By.id("judul-teratas")).getText()).contains("2024-01");
        List<Object> values = (List<Object>) js.executeScript("return window.mataGarudaPemantauanPeta.chart.getOption()"
                + ".series[0].data.filter(function (d) { return d.rate.jumlah > 0; }).map(function (d) { return d.name; });");
        assertThat(values).containsExactly("32.73");
        Thread.sleep(800);
        shot("pemantauan-02-peta-2024-01");

        browser.get(base + "/pemantauan/tren");
        wait.until(ExpectedConditions.attributeToBe(By.id("tren-peristiwa"), "data-ready", "true"));
        List<Object> series = (List<Object>) js.executeScript("return window.mataGarudaPemantauanTren.chart.getOption()"
                + ".series.map(function (s) { return s.name + '|' + s.stack; });");
        assertThat(series).contains("Unjuk rasa|jumlah", "Sumber daya|jumlah", "Lainnya|jumlah");
        Thread.sleep(800);
        shot("pemantauan-03-tren");

        browser.get(base + "/pemantauan");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("hasil")));
        assertThat(js.executeScript("return typeof window.htmx")).isEqualTo("object");
        shot("pemantauan-04-daftar");

        browser.get(base + "/pemantauan/peristiwa/social/s-1");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("teks-peristiwa")));
        assertThat(browser.findElement(By.id("teks-peristiwa")).getText()).contains("<script>alert(1)</script>");
        shot("pemantauan-05-peristiwa");

        List<LogEntry> problems = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertThat(problems).as("browser console errors").isEmpty();
    }

    static void shot(String name) {
        HeadlessChromium.shot(browser, name);
    }
}
