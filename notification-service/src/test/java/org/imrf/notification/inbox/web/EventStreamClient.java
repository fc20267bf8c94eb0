package org.imrf.notification.inbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A client of a server-sent event stream, as a browser's EventSource reads one. */
final class EventStreamClient implements AutoCloseable {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /** One event: its id (null when it has none), name and data. */
  record Event(String id, String name, JsonNode data) {}

  private final InputStream body;
  private final BlockingQueue<Event> arrived = new LinkedBlockingQueue<>();
  private volatile int comments;

  private EventStreamClient(InputStream body) {
    this.body = body;
    Thread reader = new Thread(this::read, "inbox-stream-reader");
    reader.setDaemon(true);
    reader.start();
  }

  /** Asks for a stream: the answer, with the body unread. */
  static HttpResponse<InputStream> ask(int port, String path, String token, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "text/event-stream")
            .timeout(Duration.ofSeconds(10));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
  }

  /** Opens a stream, which must be granted. */
  static EventStreamClient open(int port, String path, String token, String... headers)
      throws IOException, InterruptedException {
    HttpResponse<InputStream> response = ask(port, path, token, headers);
    assertThat(response.statusCode()).as("status of " + path).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
    return new EventStreamClient(response.body());
  }

  /** The next event, within ten seconds. */
  Event next() throws InterruptedException {
    Event event = arrived.poll(10, TimeUnit.SECONDS);
    assertThat(event).as("an event within ten seconds").isNotNull();
    return event;
  }

  /** The next {@code count} events. */
  List<Event> next(int count) throws InterruptedException {
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      events.add(next());
    }
    return events;
  }

  /** The next event if one comes within {@code wait}, else null. */
  Event within(Duration wait) throws InterruptedException {
    return arrived.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Comment lines received so far (heartbeats). */
  int comments() {
    return comments;
  }

  private void read() {
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
      String id = null;
      String name = null;
      StringBuilder data = new StringBuilder();
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.startsWith(":")) {
          comments++;
        } else if (line.startsWith("id:")) {
          id = line.substring("id:".length()).strip();
        } else if (line.startsWith("event:")) {
          name = line.substring("event:".length()).strip();
        } else if (line.startsWith("data:")) {
          data.append(line.substring("data:".length()));
        } else if (line.isEmpty() && !data.isEmpty()) {
          arrived.add(new Event(id, name, JSON.readTree(data.toString())));
          id = null;
          name = null;
          data.setLength(0);
        }
      }
    } catch (IOException closed) {
      // the test is done with the stream
    }
  }

  @Override
  public void close() throws IOException {
    body.close();
  }
}
