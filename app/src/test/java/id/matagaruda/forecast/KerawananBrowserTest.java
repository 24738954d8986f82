package id.matagaruda.forecast;

import id.matagaruda.HeadlessChromium;
import static org.assertj.core.api.Assertions.assertThat;

import id.matagaruda.TestDatabase;
import java.time.Duration;
import java.util.List;
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
 * Peta Kerawanan in a real browser (headless Chromium): the province map coloured by risk, a click on Papua shows its
 * drivers, the skill table names the baselines. Screenshots go to target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@ContextConfiguration(initializers = TestDatabase.class)
class KerawananBrowserTest {

    @LocalServerPort int port;

    @Test
    void analystSeesTheRiskMapAndTheDriversOfAClickedProvince() throws Exception {
        WebDriver browser = HeadlessChromium.start("1366,1100");
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(90));
            String base = "http://127.0.0.1:" + port;
            browser.get(base + "/kerawanan");
            wait.until(ExpectedConditions.urlContains("/login"));
            HeadlessChromium.signIn(browser, "pusat.analis");
            WebElement map = wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#peta-kerawanan[data-shown-level=provinsi]")));
            assertThat(map.getAttribute("data-count")).isEqualTo("38");
            assertThat(browser.findElements(By.cssSelector("#tabel-uji tbody tr"))).hasSize(4);
            assertThat(browser.findElement(By.id("vonis")).getText()).contains("garis dasar");
            Thread.sleep(800);
            HeadlessChromium.shot(browser, "kerawanan-01-peta");
            // Papua Pegunungan, inland (Wamena)
            List<?> pixel = (List<?>) ((JavascriptExecutor) browser).executeScript(
                    "return window.mataGarudaKerawanan.chart.convertToPixel({seriesIndex: 0}, [138.95, -4.1]);");
            int x = ((Number) pixel.get(0)).intValue();
            int y = ((Number) pixel.get(1)).intValue();
            new Actions(browser).moveToElement(map, x - map.getSize().getWidth() / 2, y - map.getSize().getHeight() / 2)
                    .click().perform();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pendorong"), "Papua"));
            assertThat(browser.findElements(By.cssSelector("#pendorong li"))).isNotEmpty();
            HeadlessChromium.shot(browser, "kerawanan-02-pendorong");
        } finally {
            HeadlessChromium.stop(browser);
        }
    }

}
