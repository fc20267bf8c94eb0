package org.imrf.systemtests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;

/** A real headless Chromium (Debian's, or {@code CHROMIUM} and {@code CHROMEDRIVER}). */
final class Chromium {

  private Chromium() {}

  /** A fresh browser with a profile of its own, keeping the pages' console messages. */
  static WebDriver headless() throws Exception {
    ChromeOptions options = new ChromeOptions();
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    options.setBinary(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,1600",
        "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
    ChromeDriverService driver =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"))
                    .toFile())
            .usingAnyFreePort()
            .build();
    return new ChromeDriver(driver, options);
  }
}
