package org.imrf.devservices.mail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.imrf.devservices.process.Ports;

/**
 * A real SMTP server (GreenMail) on loopback that keeps every message it accepts, whatever the
 * address, in memory: the services send to it as to a relay, people read what was sent by IMAP
 * (login: the recipient's address, any password) or on {@link #webUrl()}, and tests read {@link
 * #received()}.
 */
public final class EmbeddedMail implements AutoCloseable {

  private static final String LOOPBACK = "127.0.0.1";

  private final GreenMail server;
  // the SMTP service serving now: GreenMail's own, or the one that replaced it after an outage
  private AbstractServer smtp;
  private final int smtpPort;
  private final int imapPort;
  private final MailPages pages;

  private EmbeddedMail(GreenMail server, int smtpPort, int imapPort, MailPages pages) {
    this.server = server;
    this.smtp = server.getSmtp();
    this.smtpPort = smtpPort;
    this.imapPort = imapPort;
    this.pages = pages;
  }

  /**
   * Starts SMTP and IMAP, and the web page unless its port is 0.
   *
   * @throws IllegalStateException if a port is taken
   */
  public static EmbeddedMail start(
      int smtpPort, int imapPort, int webPort, Consumer<String> progress) {
    List<Integer> ports = new ArrayList<>(List.of(smtpPort, imapPort));
    if (webPort != 0) {
      ports.add(webPort);
    }
    for (int port : ports) {
      if (Ports.listening(port)) {
        throw new IllegalStateException(
            "Port "
                + port
                + " is in use: another mail server (or program) is listening. Stop it, or choose"
                + " other ports with IMRF_SMTP_PORT, IMRF_MAIL_IMAP_PORT and IMRF_MAIL_WEB_PORT.");
      }
    }
    long started = System.nanoTime();
    GreenMail server =
        new GreenMail(
            new ServerSetup[] {
              new ServerSetup(smtpPort, LOOPBACK, ServerSetup.PROTOCOL_SMTP),
              new ServerSetup(imapPort, LOOPBACK, ServerSetup.PROTOCOL_IMAP)
            });
    // any sender, any recipient: each recipient's mailbox is made when the first message arrives
    server.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    server.start();
    MailPages pages = null;
    try {
      pages = webPort == 0 ? null : MailPages.start(LOOPBACK, webPort, server);
    } catch (RuntimeException e) {
      server.stop();
      throw e;
    }
    EmbeddedMail mail = new EmbeddedMail(server, smtpPort, imapPort, pages);
    progress.accept(
        String.format(
            "mail server ready: SMTP on %s:%d (%.1f s)",
            LOOPBACK, smtpPort, (System.nanoTime() - started) / 1e9));
    return mail;
  }

  /** A mail server for one test JVM: free ports, no web page. */
  public static EmbeddedMail forTests(Consumer<String> progress) {
    int[] ports = Ports.free(2);
    return start(ports[0], ports[1], 0, progress);
  }

  public String smtpHost() {
    return LOOPBACK;
  }

  public int smtpPort() {
    return smtpPort;
  }

  public int imapPort() {
    return imapPort;
  }

  /** The page that lists what was sent, or null without one. */
  public String webUrl() {
    return pages == null ? null : pages.url();
  }

  /** Every message accepted since the start, oldest first. */
  public List<MimeMessage> received() {
    return List.of(server.getReceivedMessages());
  }

  /** One line for people: what it is and where. */
  public String description() {
    return "GreenMail (in memory: mail is gone when the platform stops); SMTP "
        + LOOPBACK
        + ":"
        + smtpPort
        + ", IMAP "
        + LOOPBACK
        + ":"
        + imapPort
        + " (user: the recipient's address, any password)"
        + (pages == null ? "" : ", web " + pages.url());
  }

  /**
   * Takes SMTP away, keeping every message received and IMAP serving, until the returned outage is
   * closed: how tests prove that a dead relay loses and doubles nothing. Connections are refused
   * meanwhile, as from a relay that is down.
   */
  public synchronized Outage interrupt() {
    smtp.stopService();
    return () -> {
      synchronized (this) {
        SmtpServer back =
            new SmtpServer(
                new ServerSetup(smtpPort, LOOPBACK, ServerSetup.PROTOCOL_SMTP),
                server.getManagers());
        back.startService();
        try {
          if (!back.waitTillRunning(10_000)) {
            throw new IllegalStateException("SMTP did not come back on port " + smtpPort);
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
        smtp = back;
      }
    };
  }

  /** An SMTP outage in progress; closing it brings SMTP back on the same port. */
  public interface Outage extends AutoCloseable {
    @Override
    void close();
  }

  @Override
  public synchronized void close() {
    try {
      if (pages != null) {
        pages.stop();
      }
    } finally {
      try {
        server.stop();
      } finally {
        if (smtp != server.getSmtp()) {
          smtp.stopService();
        }
      }
    }
  }
}
