package org.imrf.devservices.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.imrf.devservices.process.Ports;
import org.junit.jupiter.api.Test;

/**
 * What the services send to the development mail server, people read: by IMAP as the recipient with
 * any password, and on its page, which shows the HTML as sent and the source.
 */
class ReadingTheDevelopmentMailTest {

  @Test
  void anEmailSentByAServiceIsReadByImapAndOnThePage() throws Exception {
    int[] ports = Ports.free(3);
    List<String> progress = new ArrayList<>();
    try (EmbeddedMail mail = EmbeddedMail.start(ports[0], ports[1], ports[2], progress::add)) {
      // given an Arabic email sent to its SMTP port, as notification-service sends
      Session session = Session.getInstance(new Properties());
      MimeMessage message = new MimeMessage(session);
      message.setFrom(new InternetAddress("no-reply@imrf.example"));
      message.setRecipient(Message.RecipientType.TO, new InternetAddress("layla@example.org"));
      message.setSubject("تأكيد التسجيل", "UTF-8");
      MimeBodyPart text = new MimeBodyPart();
      text.setText("مرحبا", "UTF-8", "plain");
      MimeBodyPart html = new MimeBodyPart();
      html.setText(
          "<html lang=\"ar\" dir=\"rtl\"><body><p>مرحبا</p></body></html>", "UTF-8", "html");
      message.setContent(new MimeMultipart("alternative", text, html));
      try (Transport transport = session.getTransport("smtp")) {
        transport.connect("127.0.0.1", mail.smtpPort(), null, null);
        transport.sendMessage(message, message.getAllRecipients());
      }

      // then the recipient reads it by IMAP, with any password
      Properties imap = new Properties();
      try (Store store = Session.getInstance(imap).getStore("imap")) {
        store.connect("127.0.0.1", mail.imapPort(), "layla@example.org", "anything");
        Folder inbox = store.getFolder("INBOX");
        inbox.open(Folder.READ_ONLY);
        assertThat(inbox.getMessages()).hasSize(1);
        assertThat(inbox.getMessage(1).getSubject()).isEqualTo("تأكيد التسجيل");
        inbox.close(false);
      }

      // and the page lists it and shows its HTML as sent, unable to run anything
      HttpClient http = HttpClient.newHttpClient();
      String list = get(http, mail.webUrl() + "/").body();
      assertThat(list).contains("تأكيد التسجيل").contains("layla@example.org");
      HttpResponse<String> shown = get(http, mail.webUrl() + "/messages/0");
      assertThat(shown.body()).contains("<html lang=\"ar\" dir=\"rtl\">");
      assertThat(shown.headers().firstValue("Content-Security-Policy").orElseThrow())
          .startsWith("default-src 'none'");
      assertThat(get(http, mail.webUrl() + "/messages/0/source").body())
          .contains("multipart/alternative");
      assertThat(get(http, mail.webUrl() + "/messages/1").statusCode()).isEqualTo(404);
      assertThat(progress).anyMatch(line -> line.contains("SMTP on 127.0.0.1:" + ports[0]));
    }
  }

  private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
