package org.imrf.devservices.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The development mail server's web page: every message sent, newest first; each shown as its
 * recipient's mail program would show its HTML part (or its text), and as sent (its source).
 */
final class MailPages {

  /** A message's own HTML may style itself, and link; it runs nothing and loads nothing. */
  private static final String MESSAGE_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox allow-popups"
          + " allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation";

  private final HttpServer server;
  private final GreenMail mail;

  private MailPages(HttpServer server, GreenMail mail) {
    this.server = server;
    this.mail = mail;
  }

  static MailPages start(String host, int port, GreenMail mail) {
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(host, port), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot serve the mail page on " + host + ":" + port, e);
    }
    MailPages pages = new MailPages(server, mail);
    server.createContext("/", pages::answer);
    server.start();
    return pages;
  }

  String url() {
    return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
  }

  void stop() {
    server.stop(0);
  }

  private void answer(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      MimeMessage[] messages = mail.getReceivedMessages();
      if (path.equals("/")) {
        send(exchange, 200, "text/html", list(messages), null);
        return;
      }
      String[] parts = path.split("/");
      // /messages/{n} and /messages/{n}/source
      if (parts.length >= 3 && parts[1].equals("messages") && parts[2].matches("\\d{1,9}")) {
        int index = Integer.parseInt(parts[2]);
        if (index < messages.length && parts.length == 3) {
          Optional<String> html = part(messages[index], "text/html");
          if (html.isPresent()) {
            send(exchange, 200, "text/html", html.get(), MESSAGE_POLICY);
          } else {
            send(exchange, 200, "text/plain", part(messages[index], "text/plain").orElse(""), null);
          }
          return;
        }
        if (index < messages.length && parts.length == 4 && parts[3].equals("source")) {
          ByteArrayOutputStream source = new ByteArrayOutputStream();
          messages[index].writeTo(source);
          send(exchange, 200, "text/plain", source.toString(StandardCharsets.UTF_8), null);
          return;
        }
      }
      send(exchange, 404, "text/plain", "No such message", null);
    } catch (MessagingException e) {
      send(exchange, 500, "text/plain", "Cannot read the message: " + e.getMessage(), null);
    }
  }

  private static String list(MimeMessage[] messages) throws MessagingException {
    StringBuilder rows = new StringBuilder();
    for (int index = messages.length - 1; index >= 0; index--) {
      MimeMessage message = messages[index];
      rows.append("<tr><td>")
          .append(escape(String.valueOf(message.getSentDate())))
          .append("</td><td>")
          .append(escape(addresses(message.getAllRecipients())))
          .append("</td><td dir=\"auto\"><a href=\"/messages/")
          .append(index)
          .append("\">")
          .append(escape(Optional.ofNullable(message.getSubject()).orElse("(no subject)")))
          .append("</a></td><td><a href=\"/messages/")
          .append(index)
          .append("/source\">source</a></td></tr>\n");
    }
    return """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Mail sent by the platform</title>
        <style>body{font-family:sans-serif;margin:2em}td,th{padding:.3em .8em;text-align:start}</style>
        </head><body>
        <h1>Mail sent by the platform</h1>
        <p>%d message(s), newest first; reload to see new ones. Kept in memory until ./forum down.</p>
        <table><thead><tr><th>sent</th><th>to</th><th>subject</th><th></th></tr></thead>
        <tbody>
        %s</tbody></table></body></html>
        """
        .formatted(messages.length, rows);
  }

  /** The first part of this type, depth first, decoded. */
  private static Optional<String> part(Part part, String type)
      throws MessagingException, IOException {
    if (part.isMimeType(type) && part.getContent() instanceof String text) {
      return Optional.of(text);
    }
    if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
      for (int index = 0; index < multipart.getCount(); index++) {
        Optional<String> found = part(multipart.getBodyPart(index), type);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  private static String addresses(Address[] addresses) {
    return addresses == null
        ? ""
        : Arrays.stream(addresses).map(Address::toString).collect(Collectors.joining(", "));
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  private static void send(
      HttpExchange exchange, int status, String type, String body, String policy)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    if (policy != null) {
      exchange.getResponseHeaders().set("Content-Security-Policy", policy);
    }
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
