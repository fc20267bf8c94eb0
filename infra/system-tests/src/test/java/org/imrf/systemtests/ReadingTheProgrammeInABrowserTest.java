package org.imrf.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The programme's page for people, through the gateway's address for it, in a real headless
 * Chromium: it renders, Arabic reads right to left, a reader switches language, and axe-core finds
 * nothing that keeps someone from reading it.
 */
class ReadingTheProgrammeInABrowserTest {

  @RegisterExtension
  static final SharedPlatform<RegistrationBehindTheGateway> platform =
      RegistrationBehindTheGateway.shared();

  static WebDriver browser;
  static String gateway;

  @BeforeAll
  static void startBrowser() throws Exception {
    gateway = "http://127.0.0.1:" + platform.get().gatewayPort;
    browser = Chromium.headless();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void theArabicProgrammeRendersRightToLeftAndAReaderSwitchesToEnglish() throws Exception {
    // when an Arabic reader opens the link a message gives
    browser.get(gateway + "/programme/imrf-2022?lang=ar");

    // then the page is Arabic and laid out right to left: the first column stands rightmost
    WebElement html = browser.findElement(By.tagName("html"));
    assertThat(html.getDomAttribute("lang")).isEqualTo("ar");
    assertThat(script("return getComputedStyle(document.querySelector('main')).direction"))
        .isEqualTo("rtl");
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .isEqualTo("المنتدى الدولي لاستعراض الهجرة لعام 2022 (للعرض التوضيحي)");
    List<WebElement> columns = browser.findElements(By.cssSelector("section thead th"));
    assertThat(columns.get(0).getText()).isEqualTo("الوقت");
    assertThat(columns.get(0).getRect().getX()).isGreaterThan(columns.get(2).getRect().getX());
    // and its own style applies (the policy that forbids any other lets it)
    assertThat(script("return getComputedStyle(document.querySelector('table')).borderCollapse"))
        .isEqualTo("collapse");
    screenshot("programme-ar.png");

    // when she switches to English
    browser.findElement(By.cssSelector("nav a[lang=en]")).click();

    // then the same page reads left to right, in English
    assertThat(browser.getCurrentUrl()).isEqualTo(gateway + "/programme/imrf-2022?lang=en");
    assertThat(browser.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("ltr");
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .isEqualTo("International Migration Review Forum 2022 (demo)");
    screenshot("programme-en.png");
  }

  @Test
  void axeCoreFindsNothingThatKeepsSomeoneFromReadingItInAnyLanguage() {
    for (String language : List.of("ar", "zh", "en", "fr", "ru", "es")) {
      browser.get(gateway + "/programme/imrf-2022?lang=" + language);
      Results results = new AxeBuilder().analyze(browser);
      assertThat(results.getViolations().stream().map(ReadingTheProgrammeInABrowserTest::describe))
          .as(language)
          .isEmpty();
    }
  }

  private static String describe(Rule violation) {
    return violation.getId() + " (" + violation.getImpact() + "): " + violation.getHelp();
  }

  private static Object script(String script) {
    return ((JavascriptExecutor) browser).executeScript(script);
  }

  /** Kept beside the services' logs, for people to look at. */
  private static void screenshot(String name) throws Exception {
    Path shots = Path.of("target", "screenshots");
    Files.createDirectories(shots);
    Files.write(shots.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }
}
