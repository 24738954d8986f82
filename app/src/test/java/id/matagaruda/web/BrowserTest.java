package id.matagaruda.web;

import id.matagaruda.HeadlessChromium;
import static org.assertj.core.api.Assertions.assertThat;

import id.matagaruda.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A real browser (Debian's headless Chromium) against the running server: log in as pusat.analis, see the map render,
 * drill into Jawa Barat by clicking the map, open Kota Bandung's profile. Screenshots go to target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@ContextConfiguration(initializers = TestDatabase.class)
class BrowserTest {

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
    @SuppressWarnings("unchecked")
    void analystSeesTheMapDrillsIntoJawaBaratAndOpensKotaBandung() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        String base = "http://127.0.0.1:" + port;
        browser.get(base + "/");
        wait.until(ExpectedConditions.urlContains("/login"));
        browser.findElement(By.id("username")).sendKeys("pusat.analis");
        browser.findElement(By.id("password")).sendKeys("demo-garuda");
        shot("00-login");
        browser.findElement(By.cssSelector("form.card button[type=submit]")).click();

        WebElement map = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#peta[data-level=provinsi]")));
        assertThat(map.getAttribute("data-count")).isEqualTo("38");
        assertThat(browser.findElements(By.cssSelector("#peta canvas"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#daftar-wilayah tbody tr"))).hasSize(38);
        Thread.sleep(800); // let ECharts finish its entry animation before the picture
        shot("01-beranda-provinsi");

        // Click the map where Jawa Barat is (Kabupaten Bandung Barat, inland, far from any border).
        List<?> pixel = (List<?>) ((JavascriptExecutor) browser).executeScript(
                "return window.mataGarudaPeta.chart.convertToPixel({geoIndex: 0}, [107.45, -6.95]);");
        int x = ((Number) pixel.get(0)).intValue();
        int y = ((Number) pixel.get(1)).intValue();
        new Actions(browser).moveToElement(map, x - map.getSize().getWidth() / 2, y - map.getSize().getHeight() / 2)
                .click().perform();

        wait.until(ExpectedConditions.attributeToBe(By.id("peta"), "data-level", "kabkota"));
        assertThat(browser.findElement(By.id("peta")).getAttribute("data-count")).isEqualTo("27");
        assertThat(browser.findElement(By.id("jejak")).getText()).contains("Jawa Barat");
        Thread.sleep(800);
        shot("02-jawa-barat-kabkota");

        browser.findElement(By.cssSelector("#daftar-wilayah a[href$='/wilayah/32.73']")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Kota Bandung"));
        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page).contains("32.73", "Jawa Barat", "Penduduk", "2.591.763", "kecamatan", "Coblong");
        assertThat(browser.findElements(By.cssSelector("table.data tbody tr"))).hasSize(30);
        shot("03-profil-kota-bandung");

        browser.get(base + "/wilayah/32.73?lang=en");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Population"));
        shot("04-profile-english");

        // The keyboard path: the list's drill button. Sumatera Utara has two kota without a polygon, drawn as points.
        browser.get(base + "/?lang=id");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#peta[data-level=provinsi]")));
        browser.findElement(By.cssSelector("#daftar-wilayah tr[data-kode='12'] button.drill")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("peta"), "data-level", "kabkota"));
        assertThat(browser.findElement(By.id("peta")).getAttribute("data-count")).isEqualTo("33");
        Object points = ((JavascriptExecutor) browser).executeScript(
                "return window.mataGarudaPeta.chart.getOption().series[1].data.map(function (p) { return p.name; });");
        assertThat((List<Object>) points).containsExactlyInAnyOrder("12.73", "12.76");
        Thread.sleep(800);
        shot("08-sumatera-utara-titik");
    }

    @Test
    void operatorStartsInItsProvinceAndKeepsItsOfficeProfileWithoutReloading() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        String base = "http://127.0.0.1:" + port;
        browser.manage().deleteAllCookies();
        browser.get(base + "/login");
        browser.findElement(By.id("username")).sendKeys("bandung.operator");
        browser.findElement(By.id("password")).sendKeys("demo-garuda");
        browser.findElement(By.cssSelector("form.card button[type=submit]")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#peta[data-level=kabkota]")));
        assertThat(browser.findElement(By.cssSelector("#daftar-wilayah tr.yours")).getAttribute("data-kode"))
                .isEqualTo("32.73");
        Thread.sleep(800);
        shot("05-operator-beranda");

        browser.get(base + "/wilayah/32.73");
        WebElement nama = wait.until(ExpectedConditions.elementToBeClickable(By.id("namaKantor")));
        nama.clear();
        nama.sendKeys("Badan Kesbangpol Kota Bandung");
        browser.findElement(By.id("email")).sendKeys("bukan surel");
        browser.findElement(By.cssSelector("#kantor button[type=submit]")).click();
        // the browser's own check stops a malformed e-mail before it is sent
        assertThat(browser.findElement(By.id("email")).getAttribute("validationMessage")).isNotEmpty();
        browser.findElement(By.id("email")).clear();
        browser.findElement(By.id("email")).sendKeys("kesbangpol@bandung.go.id");
        browser.findElement(By.id("telepon")).sendKeys("abc-salah");
        browser.findElement(By.cssSelector("#kantor button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("kantor"), "Periksa isian"));
        assertThat(browser.findElement(By.id("kantor")).getText()).contains("Telepon");
        shot("06-kantor-isian-salah");

        browser.findElement(By.id("telepon")).clear();
        browser.findElement(By.id("telepon")).sendKeys("022-4234567");
        browser.findElement(By.cssSelector("#kantor button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("kantor"), "Perubahan tersimpan"));
        assertThat(browser.findElement(By.id("kantor")).getText()).contains("bandung.operator", "versi 1");
        shot("07-kantor-tersimpan");

        browser.get(base + "/wilayah/32.01");
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Kabupaten Bogor"));
        assertThat(browser.findElement(By.id("kantor")).getText()).contains("cakupan wilayah");
        assertThat(browser.findElements(By.id("namaKantor"))).isEmpty();
    }

    @Test
    void analystReadsTheSyncDashboardAndTheCascadeOfAnIndicator() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        String base = "http://127.0.0.1:" + port;
        browser.manage().deleteAllCookies();
        browser.get(base + "/login");
        browser.findElement(By.id("username")).sendKeys("pusat.analis");
        browser.findElement(By.id("password")).sendKeys("demo-garuda");
        browser.findElement(By.cssSelector("form.card button[type=submit]")).click();
        wait.until(ExpectedConditions.urlToBe(base + "/"));

        browser.get(base + "/sinkronisasi");
        wait.until(ExpectedConditions.attributeToBe(By.id("matriks"), "data-ready", "true"));
        wait.until(ExpectedConditions.attributeToBe(By.id("peta-sinkron"), "data-ready", "true"));
        assertThat(browser.findElement(By.id("ringkasan")).getText()).contains("selaras");
        assertThat(browser.findElements(By.cssSelector("#daftar-masalah tbody tr"))).isNotEmpty();
        Thread.sleep(800);
        shot("10-sinkronisasi-nasional");

        browser.get(base + "/sinkronisasi?provinsi=32");
        wait.until(ExpectedConditions.attributeToBe(By.id("matriks"), "data-ready", "true"));
        assertThat(browser.findElement(By.id("daftar-masalah")).getText()).contains("32.");
        Thread.sleep(800);
        shot("11-sinkronisasi-jawa-barat");

        browser.get(base + "/indikator/RENSTRA-32.73-01");
        wait.until(ExpectedConditions.attributeToBe(By.id("pohon"), "data-ready", "true"));
        wait.until(ExpectedConditions.attributeToBe(By.id("grafik-target"), "data-ready", "true"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Kota Bandung");
        Thread.sleep(800);
        shot("12-indikator-pohon-kinerja");
    }

    private void login(WebDriverWait wait, String base, String user) {
        browser.manage().deleteAllCookies();
        browser.get(base + "/login");
        HeadlessChromium.signIn(browser, user);
        wait.until(ExpectedConditions.urlToBe(base + "/"));
    }

    @Test
    void operatorReportsWithEvidenceVerifierReturnsWithAReasonAndTheOperatorSeesIt() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        String base = "http://127.0.0.1:" + port;
        Path pdf = Files.createTempFile("berita-acara", ".pdf");
        Files.writeString(pdf, "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

        login(wait, base, "bandung.operator");
        browser.get(base + "/pelaporan/isi?periode=2026");
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#grid-realisasi tr.grid-row")));
        String indicator = row.getAttribute("data-indicator");
        row.findElement(By.cssSelector("input.value")).sendKeys("81,5");
        row.findElement(By.cssSelector("input.note")).sendKeys("angka rekapitulasi");
        browser.findElement(By.id("simpan-semua")).click();
        wait.until(ExpectedConditions.textToBePresentInElement(row.findElement(By.cssSelector(".row-msg")), "Tersimpan"));
        row.findElement(By.cssSelector("input.evidence-file")).sendKeys(pdf.toAbsolutePath().toString());
        wait.until(ExpectedConditions.textToBePresentInElement(row.findElement(By.cssSelector(".row-msg")), "terlampir"));
        shot("20-isi-realisasi");
        row.findElement(By.cssSelector("button.submit-row")).click();
        wait.until(ExpectedConditions.textToBePresentInElement(row.findElement(By.cssSelector(".row-msg")), "Diajukan"));
        shot("21-diajukan");

        login(wait, base, "jabar.verifikator");
        browser.get(base + "/verifikasi?periode=2026");
        WebElement item = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".queue-item")));
        // the queue shows the value as the operator typed it, in Indonesian notation
        assertThat(browser.findElement(By.id("antrean")).getText()).contains("81,5", "berita-acara");
        item.findElement(By.cssSelector("input[name=alasan]")).sendKeys("Lampirkan SK tim terpadu penanganan konflik");
        shot("22-antrean-verifikasi");
        item.findElement(By.cssSelector("button.reject")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".queue-item"), "Dikembalikan ke operator"));

        login(wait, base, "bandung.operator");
        browser.get(base + "/pelaporan?periode=2026");
        WebElement reminders = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pengingat")));
        assertThat(reminders.getText()).contains(indicator.isEmpty() ? "dikembalikan" : "dikembalikan",
                "Lampirkan SK tim terpadu penanganan konflik");
        shot("23-operator-melihat-alasan");
    }

    @Test
    void leadershipSeesTheAchievementDashboard() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        String base = "http://127.0.0.1:" + port;
        login(wait, base, "pusat.pimpinan");
        browser.get(base + "/capaian?tahun=2025");
        wait.until(ExpectedConditions.attributeToBe(By.id("peta-capaian"), "data-ready", "true"));
        wait.until(ExpectedConditions.attributeToBe(By.id("peringkat-capaian"), "data-ready", "true"));
        assertThat(browser.findElements(By.cssSelector("#tabel-capaian tbody tr"))).isNotEmpty();
        Thread.sleep(800);
        shot("24-dasbor-capaian");
        browser.get(base + "/indeks/ipm");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-ready=true]")));
        Thread.sleep(1500);
        shot("25-indeks-ipm");
    }

    private static void shot(String name) {
        HeadlessChromium.shot(browser, name);
    }
}
