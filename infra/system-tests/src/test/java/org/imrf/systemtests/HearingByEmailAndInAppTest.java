package org.imrf.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.imrf.devservices.mail.EmbeddedMail;
import org.imrf.testing.TestInfrastructure;
import org.imrf.testing.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the user does: an Arabic-speaking attendee registers, and within seconds the
 * confirmation is in the mail server, its HTML right to left, while their open inbox stream pushes
 * the same message.
 */
class HearingByEmailAndInAppTest {

  @RegisterExtension
  static final SharedPlatform<RunningServices> shared =
      RunningServices.registrationAndNotification();

  static RunningServices platform;
  static EmbeddedMail mail;

  @BeforeAll
  static void services() {
    platform = shared.get();
    mail = TestInfrastructure.mail();
  }

  @Test
  void anArabicSpeakerGetsTheConfirmationByEmailRightToLeftAndLiveInApp() throws Exception {
    // given an Arabic-speaking attendee registers
    String email = "nadia." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    Http.Response registered =
        Http.post(
            platform.url("registration-service") + "/participants",
            """
            {"edition": "imrf-2026", "name": "نادية حداد", "email": "%s", "preferredLanguage": "ar",
             "organisation": "Permanent Mission of Portugal", "country": "PT", "category": "member-state",
             "attendance": "online"}
            """
                .formatted(email));
    assertThat(registered.status()).isEqualTo(201);
    UUID participant = UUID.fromString(registered.body().get("id").asString());

    // and follows their inbox live (from the start: a stream resumes from the first entry)
    HttpResponse<Stream<String>> stream =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            platform.url("notification-service")
                                + "/inbox/stream?participant="
                                + participant))
                    .header("Authorization", "Bearer " + TestTokens.attendee(participant))
                    .header("Accept", "text/event-stream")
                    .header("Last-Event-ID", "0")
                    .build(),
                HttpResponse.BodyHandlers.ofLines());
    assertThat(stream.statusCode()).isEqualTo(200);
    CompletableFuture<String> pushed =
        CompletableFuture.supplyAsync(
            () ->
                stream
                    .body()
                    .filter(line -> line.startsWith("data:") && line.contains("\"kind\""))
                    .findFirst()
                    .orElse(""));

    // then the confirmation is pushed in-app, in Arabic
    String event = pushed.get(30, TimeUnit.SECONDS);
    assertThat(event).contains("registration-confirmation", "\"direction\":\"rtl\"");
    stream.body().close();

    // and the email is in the mail server within seconds, its HTML in Arabic, right to left
    await().atMost(Duration.ofSeconds(30)).until(() -> to(email).isPresent());
    MimeMessage message = to(email).orElseThrow();
    String html = htmlOf(message);
    assertThat(html).contains("lang=\"ar\"", "dir=\"rtl\"", "نادية حداد");
    assertThat(message.getSubject()).isNotBlank();
    // a message that always goes by email (it carries the access link) offers no opt-out
    assertThat(message.getHeader("List-Unsubscribe")).isNull();
  }

  private static Optional<MimeMessage> to(String email) {
    List<MimeMessage> received = mail.received();
    return received.stream()
        .filter(
            message -> {
              try {
                return message.getAllRecipients()[0].toString().equals(email);
              } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
              }
            })
        .findFirst();
  }

  private static String htmlOf(MimeMessage message) throws Exception {
    Multipart parts = (Multipart) message.getContent();
    for (int i = 0; i < parts.getCount(); i++) {
      BodyPart part = parts.getBodyPart(i);
      if (part.isMimeType("text/html")) {
        return (String) part.getContent();
      }
    }
    throw new AssertionError("no HTML part");
  }
}
