package org.imrf.notification.email;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Multipart;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.imrf.notification.delivery.ChannelSender;
import org.imrf.notification.notification.Notification;
import org.imrf.testing.ServiceTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The HTML of the emails as the mail server received them, rendered by a real headless Chromium (an
 * engine like those of webmail and mail programs): Arabic is laid out right to left, English left
 * to right, and a link in the text is a link.
 */
@ServiceTest
class ReadingEmailInABrowserTest {

  static WebDriver browser;

  @Autowired EmailSender sender;

  @BeforeAll
  static void startBrowser() throws Exception {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1024,900",
        "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
    browser =
        new ChromeDriver(
            new ChromeDriverService.Builder()
                .usingDriverExecutable(
                    Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"))
                        .toFile())
                .usingAnyFreePort()
                .build(),
            options);
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void anArabicEmailReadsRightToLeft() throws Exception {
    // given an Arabic notification whose text holds a Latin address, sent to the mail server
    Notification notification =
        SendingEmailTest.notification(
            "ar",
            "registration-confirmation",
            "تأكيد التسجيل",
            "عزيزتي ليلى حداد،\n\nتم استلام تسجيلك. رابطك الشخصي: https://forum.example/access/abc.");
    sender.send(notification, ChannelSender.ONLY_TARGET);

    // when its HTML, as received, is opened in the browser
    open(html(notification), "email-ar.html");

    // then the page is Arabic, laid out right to left
    assertThat(script("return document.documentElement.lang")).isEqualTo("ar");
    assertThat(script("return getComputedStyle(document.body).direction")).isEqualTo("rtl");
    WebElement paragraph = browser.findElement(By.tagName("p"));
    assertThat(script("return getComputedStyle(arguments[0]).direction", paragraph))
        .isEqualTo("rtl");
    // its first line starts at the right: the paragraph's text ends nearer the left edge
    assertThat(
            (Number)
                script(
                    "const r = document.createRange(); r.selectNodeContents(arguments[0]);"
                        + " const box = r.getClientRects()[0];"
                        + " return arguments[0].getBoundingClientRect().right - box.right;",
                    paragraph))
        .satisfies(gap -> assertThat(gap.doubleValue()).isLessThan(1.0));
    // and the address in it is a link, kept left to right
    WebElement link =
        browser.findElement(By.cssSelector("a[href='https://forum.example/access/abc']"));
    assertThat(script("return getComputedStyle(arguments[0]).direction", link)).isEqualTo("ltr");
  }

  @Test
  void anEnglishEmailReadsLeftToRight() throws Exception {
    // given an English notification, sent to the mail server
    Notification notification =
        SendingEmailTest.notification(
            "en", "registration-cancelled", "Registration cancelled", "Dear Ama,\n\nDone.");
    sender.send(notification, ChannelSender.ONLY_TARGET);

    // when its HTML is opened in the browser
    open(html(notification), "email-en.html");

    // then it is English, left to right
    assertThat(script("return document.documentElement.lang")).isEqualTo("en");
    assertThat(script("return getComputedStyle(document.body).direction")).isEqualTo("ltr");
  }

  private static String html(Notification notification) throws Exception {
    Multipart parts = (Multipart) SendingEmailTest.received(notification).getContent();
    return (String) parts.getBodyPart(1).getContent();
  }

  private static void open(String html, String name) throws Exception {
    Path file = Path.of("target", "emails", name).toAbsolutePath();
    Files.createDirectories(file.getParent());
    Files.writeString(file, html, StandardCharsets.UTF_8);
    browser.get(file.toUri().toString());
  }

  private static Object script(String script, Object... arguments) {
    return ((JavascriptExecutor) browser).executeScript(script, arguments);
  }
}
