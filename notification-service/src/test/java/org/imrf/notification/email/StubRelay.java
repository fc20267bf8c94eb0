package org.imrf.notification.email;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real SMTP server on a socket that answers every recipient with one reply (a 550 refusal, a 450
 * "try later", or 250 and then takes the message), or that takes connections and never says a word:
 * the relays GreenMail cannot be. It counts connections and messages.
 */
final class StubRelay implements AutoCloseable {

  private final ServerSocket socket;
  private final String recipientReply;
  private final boolean silent;
  private final AtomicInteger connections = new AtomicInteger();
  private final AtomicInteger messages = new AtomicInteger();

  private StubRelay(String recipientReply, boolean silent) {
    this.recipientReply = recipientReply;
    this.silent = silent;
    try {
      socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Thread serving = new Thread(this::serve, "stub-relay-" + socket.getLocalPort());
    serving.setDaemon(true);
    serving.start();
  }

  /** Answers {@code RCPT TO} with this reply, e.g. {@code 550 5.1.1 No such user}. */
  static StubRelay answeringRecipients(String reply) {
    return new StubRelay(reply, false);
  }

  /** Takes every message. */
  static StubRelay accepting() {
    return new StubRelay("250 2.1.5 OK", false);
  }

  /** Connections opened to it so far. */
  int connections() {
    return connections.get();
  }

  /** Messages it took so far. */
  int messages() {
    return messages.get();
  }

  /** Takes the connection and never greets. */
  static StubRelay silent() {
    return new StubRelay(null, true);
  }

  int port() {
    return socket.getLocalPort();
  }

  private void serve() {
    while (!socket.isClosed()) {
      try (Socket client = socket.accept()) {
        connections.incrementAndGet();
        if (silent) {
          // holds the connection open until the client gives up
          client.getInputStream().read();
          continue;
        }
        converse(client);
      } catch (IOException closed) {
        // closed by the test, or the client hung up
      }
    }
  }

  private void converse(Socket client) throws IOException {
    BufferedReader in =
        new BufferedReader(
            new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
    OutputStream out = client.getOutputStream();
    reply(out, "220 stub.example ESMTP");
    String line;
    while ((line = in.readLine()) != null) {
      String command = line.toUpperCase(Locale.ROOT);
      if (command.startsWith("EHLO") || command.startsWith("HELO")) {
        reply(out, "250 stub.example");
      } else if (command.startsWith("RCPT")) {
        reply(out, recipientReply);
      } else if (command.startsWith("QUIT")) {
        reply(out, "221 bye");
        return;
      } else if (command.startsWith("DATA") && recipientReply.startsWith("250")) {
        reply(out, "354 End data with <CR><LF>.<CR><LF>");
        while ((line = in.readLine()) != null && !line.equals(".")) {
          // the message itself, which this relay does not keep
        }
        messages.incrementAndGet();
        reply(out, "250 2.0.0 Queued");
      } else if (command.startsWith("DATA")) {
        reply(out, "503 5.5.1 No valid recipients");
      } else {
        reply(out, "250 OK");
      }
    }
  }

  private static void reply(OutputStream out, String line) throws IOException {
    out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
