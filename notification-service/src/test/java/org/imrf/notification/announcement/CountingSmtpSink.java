package org.imrf.notification.announcement;

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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A real SMTP server, on a socket, that takes every message from any number of connections at once
 * and only counts them: what the email channel can hand over when the relay costs nothing. (The
 * development mail server files each message into its recipient's mailbox, and finds that mailbox
 * by a scan that grows with the number of mailboxes: 100,000 recipients measure it, not the
 * sender.)
 */
final class CountingSmtpSink implements AutoCloseable {

  private final ServerSocket socket;
  private final ExecutorService connections = Executors.newCachedThreadPool();
  private final AtomicLong messages = new AtomicLong();

  CountingSmtpSink() {
    try {
      socket = new ServerSocket(0, 100, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Thread accepting = new Thread(this::accept, "smtp-sink-" + socket.getLocalPort());
    accepting.setDaemon(true);
    accepting.start();
  }

  int port() {
    return socket.getLocalPort();
  }

  long messages() {
    return messages.get();
  }

  private void accept() {
    while (!socket.isClosed()) {
      try {
        Socket client = socket.accept();
        connections.execute(() -> converse(client));
      } catch (IOException closed) {
        // closed by the benchmark
      }
    }
  }

  private void converse(Socket client) {
    try (client) {
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
      OutputStream out = client.getOutputStream();
      reply(out, "220 sink.example ESMTP");
      String line;
      while ((line = in.readLine()) != null) {
        String command = line.toUpperCase(Locale.ROOT);
        if (command.startsWith("DATA")) {
          reply(out, "354 End data with <CR><LF>.<CR><LF>");
          while ((line = in.readLine()) != null && !line.equals(".")) {
            // the message, which the sink does not keep
          }
          messages.incrementAndGet();
          reply(out, "250 2.0.0 Queued");
        } else if (command.startsWith("QUIT")) {
          reply(out, "221 bye");
          return;
        } else {
          reply(out, "250 OK");
        }
      }
    } catch (IOException hungUp) {
      // the client went away
    }
  }

  private static void reply(OutputStream out, String line) throws IOException {
    out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  @Override
  public void close() {
    connections.shutdownNow();
    try {
      socket.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
