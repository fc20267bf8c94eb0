package org.imrf.notification.email;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * One SMTP connection per sending thread, kept between emails: a connection of its own for each
 * email (greeting, EHLO, QUIT, and a thread on the relay) cost more than the email. A connection
 * idle for a while is checked (NOOP) before it is used, one idle longer than relays keep them or
 * that carried its share of messages is replaced, and one that failed is dropped.
 */
final class SmtpConnections {

  /** Idle for less than this, a connection is used without asking whether it is still open. */
  private static final long TRUSTED_FOR = Duration.ofSeconds(1).toNanos();

  private final JavaMailSenderImpl relay;
  private final long maxIdle;
  private final int messagesPerConnection;
  private final ThreadLocal<Connection> connections = new ThreadLocal<>();

  private static final class Connection {
    private final Transport transport;
    private long lastUsed = System.nanoTime();
    private int sent;

    private Connection(Transport transport) {
      this.transport = transport;
    }
  }

  SmtpConnections(JavaMailSenderImpl relay, Duration maxIdle, int messagesPerConnection) {
    this.relay = relay;
    this.maxIdle = maxIdle.toNanos();
    this.messagesPerConnection = messagesPerConnection;
  }

  /** Sends the message over this thread's connection, opening one if needed. */
  void send(MimeMessage message) throws MessagingException {
    // saveChanges makes a Message-ID of its own: the one derived from the notification stays
    String messageId = message.getMessageID();
    message.saveChanges();
    if (messageId != null) {
      message.setHeader("Message-ID", messageId);
    }
    Connection connection = usable();
    try {
      connection.transport.sendMessage(message, message.getAllRecipients());
    } catch (MessagingException | RuntimeException e) {
      // after a refusal or a broken connection the session's state is unknown: start afresh
      drop();
      throw e;
    }
    connection.sent++;
    connection.lastUsed = System.nanoTime();
  }

  private Connection usable() throws MessagingException {
    Connection connection = connections.get();
    if (connection != null) {
      long idle = System.nanoTime() - connection.lastUsed;
      boolean stale =
          connection.sent >= messagesPerConnection
              || idle > maxIdle
              || (idle > TRUSTED_FOR && !connection.transport.isConnected());
      if (!stale) {
        return connection;
      }
      drop();
    }
    connection = new Connection(open());
    connections.set(connection);
    return connection;
  }

  private Transport open() throws MessagingException {
    Session session = relay.getSession();
    String protocol = relay.getProtocol();
    if (protocol == null) {
      protocol = session.getProperty("mail.transport.protocol");
    }
    Transport transport = session.getTransport(protocol == null ? "smtp" : protocol);
    transport.connect(
        relay.getHost(),
        relay.getPort(),
        emptyToNull(relay.getUsername()),
        emptyToNull(relay.getPassword()));
    return transport;
  }

  private void drop() {
    Connection connection = connections.get();
    connections.remove();
    if (connection != null) {
      try {
        connection.transport.close();
      } catch (MessagingException | RuntimeException alreadyGone) {
        // closing a connection the relay dropped: nothing to do
      }
    }
  }

  private static String emptyToNull(String text) {
    return text == null || text.isEmpty() ? null : text;
  }
}
