package org.imrf.registration.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imrf.registration.ParticipantsApi.attendee;
import static org.imrf.registration.ParticipantsApi.id;
import static org.imrf.registration.ParticipantsApi.payload;
import static org.imrf.testing.ContractAssertions.assertSatisfiesContract;

import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.imrf.registration.Registrants;
import org.imrf.testing.ServiceTest;
import org.imrf.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/** In-person participants' badges: what they show, and who gets one. */
@ServiceTest
class BadgesTest {

  @Autowired RestTestClient http;
  BadgeApi badges;

  @BeforeEach
  void api() {
    badges = new BadgeApi(http);
  }

  @Test
  void anInPersonDelegateGetsABadgeWhoseQrCodeChecksThemIn() {
    // given a Member State delegate registered to attend in person
    JsonNode delegate = badges.inPersonDelegate("imrf-2026", "Somchai Wongsakul");

    // when they open their badge
    JsonNode badge = badges.badge(delegate);

    // then it shows who they are and carries a signed code
    assertThat(badge.get("name").asString()).isEqualTo("Somchai Wongsakul");
    assertThat(badge.get("organisation").asString()).isEqualTo("Permanent Mission of Jordan");
    assertThat(badge.get("category").asString()).isEqualTo("member-state");
    assertThat(badge.get("categoryLabel").asString()).isEqualTo("Member State");
    assertThat(badge.get("editionTitle").asString())
        .isEqualTo("International Migration Review Forum 2026");
    assertThat(badge.get("token").asString())
        .matches("IMRF1\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}");
    var issued = BadgeApi.events(id(delegate), "badge.issued", 1).get(0);
    assertSatisfiesContract(issued);
    assertThat(payload(issued).get("replacesEarlier").asBoolean()).isFalse();
    assertThat(payload(issued).get("issuedBy").asString()).isEqualTo("participant");

    // and the image is an A6 card at 300 dpi whose QR code holds that code
    BufferedImage image = BadgeApi.image(badges.file(delegate, "badge.png"));
    assertThat(image.getWidth()).isEqualTo(1240);
    assertThat(image.getHeight()).isEqualTo(1748);
    String scanned = BadgeApi.qrCode(image);
    assertThat(scanned).isEqualTo(badge.get("token").asString());

    // which the desk accepts
    JsonNode checkIn =
        badges
            .scan(scanned)
            .expectStatus()
            .isCreated()
            .returnResult(JsonNode.class)
            .getResponseBody();
    assertThat(checkIn.get("participant").asString()).isEqualTo(id(delegate));
    assertThat(checkIn.get("alreadyCheckedIn").asBoolean()).isFalse();

    // and opening the badge again shows the same badge, issued once
    assertThat(badges.badge(delegate).get("token").asString()).isEqualTo(scanned);
    assertThat(BadgeApi.eventsSoFar(id(delegate), "badge.issued")).hasSize(1);
  }

  @Test
  void theBadgeShowsTheCategoryInTheParticipantsLanguage() {
    Map<String, String> memberState =
        Map.of(
            "ar", "دولة عضو",
            "zh", "会员国",
            "en", "Member State",
            "fr", "État Membre",
            "ru", "Государство-член",
            "es", "Estado Miembro");
    memberState.forEach(
        (language, label) -> {
          // given a delegate who hears from the forum in that language
          JsonNode delegate = badges.inPersonDelegate("imrf-2026", "Amal Nasser", language);

          // when they open their badge
          JsonNode badge = badges.badge(delegate);

          // then its category is in their language, as the printed badge shows it
          assertThat(badge.get("category").asString()).isEqualTo("member-state");
          assertThat(badge.get("categoryLabel").asString()).as(language).isEqualTo(label);
          assertThat(badge.get("language").asString()).isEqualTo(language);
          assertThat(BadgeApi.qrCode(BadgeApi.image(badges.file(delegate, "badge.png"))))
              .isEqualTo(badge.get("token").asString());
        });
  }

  @Test
  void thePrintableBadgeIsOneA6PageHoldingTheBadge() throws Exception {
    JsonNode delegate = badges.inPersonDelegate("imrf-2026", "Ana María Restrepo");

    byte[] pdf = badges.file(delegate, "badge.pdf");

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isEqualTo(1);
      PDPage page = document.getPage(0);
      assertThat(page.getMediaBox().getWidth()).isEqualTo(PDRectangle.A6.getWidth());
      assertThat(page.getMediaBox().getHeight()).isEqualTo(PDRectangle.A6.getHeight());
      PDImageXObject image =
          (PDImageXObject)
              page.getResources()
                  .getXObject(page.getResources().getXObjectNames().iterator().next());
      assertThat(image.getWidth()).isEqualTo(1240);
      // the printed page's QR code is the badge's
      BufferedImage printed = new PDFRenderer(document).renderImageWithDPI(0, 300, ImageType.RGB);
      assertThat(BadgeApi.qrCode(printed))
          .isEqualTo(badges.badge(delegate).get("token").asString());
    }
  }

  @Test
  void namesInEveryUnScriptArePrintedAndTheirCodesStillScan() {
    for (String name : new String[] {"ليلى حداد", "王秀英", "Анна Петрова"}) {
      // given a delegate whose name is in Arabic, Chinese or Cyrillic script
      JsonNode delegate = badges.inPersonDelegate("imrf-2026", name);

      // when their badge is printed
      BufferedImage image = BadgeApi.image(badges.file(delegate, "badge.png"));

      // then it carries their name as written, and its code scans
      assertThat(badges.badge(delegate).get("name").asString()).isEqualTo(name);
      assertThat(BadgeApi.qrCode(image)).startsWith("IMRF1.");
    }
  }

  @Test
  void whoDoesNotComeInPersonHasNoBadgeAndIsToldWhy() {
    // a delegate following online
    JsonNode online =
        badges
            .participants()
            .register(
                Registrants.delegate(
                    "imrf-2026", "Online Delegate", Registrants.unique("on"), "en"));
    assertNoBadge(online, "online");

    // a stakeholder whose special accreditation is still to be decided
    JsonNode applicant =
        badges
            .participants()
            .register(
                Registrants.stakeholder(
                    "imrf-2026",
                    "trade-union",
                    "Building Workers " + UUID.randomUUID(),
                    Registrants.unique("applicant")));
    assertNoBadge(applicant, "awaiting-accreditation");

    // a delegate who cancelled
    JsonNode cancelled = badges.inPersonDelegate("imrf-2026", "Cancelled Delegate");
    badges
        .participants()
        .post("/participants/" + id(cancelled) + "/cancellation", attendee(cancelled), null)
        .expectStatus()
        .isOk();
    assertNoBadge(cancelled, "cancelled");
  }

  @Test
  void aReissuedBadgeReplacesTheLostOne() {
    // given a delegate whose badge was lost
    JsonNode delegate = badges.inPersonDelegate("imrf-2026", "Kwame Mensah");
    String lost = badges.badge(delegate).get("token").asString();

    // when an organiser reissues it
    JsonNode reissued =
        badges
            .participants()
            .post("/participants/" + id(delegate) + "/badge/reissue", TestTokens.organiser(), null)
            .expectStatus()
            .isOk()
            .returnResult(JsonNode.class)
            .getResponseBody();

    // then the lost badge no longer checks anyone in, and the new one does
    String current = reissued.get("token").asString();
    assertThat(current).isNotEqualTo(lost);
    assertThat(badges.badge(delegate).get("token").asString()).isEqualTo(current);
    badges
        .scan(lost)
        .expectStatus()
        .isEqualTo(410)
        .expectBody()
        .jsonPath("$.title")
        .isEqualTo("Badge replaced");
    badges.scan(current).expectStatus().isCreated();
    var replacement = BadgeApi.events(id(delegate), "badge.issued", 2).get(1);
    assertSatisfiesContract(replacement);
    assertThat(payload(replacement).get("replacesEarlier").asBoolean()).isTrue();
    assertThat(payload(replacement).get("issuedBy").asString()).isEqualTo("organiser@un.example");
  }

  @Test
  void checkInStaffMayOpenAnyBadgeButAParticipantOnlyTheirOwn() {
    JsonNode delegate = badges.inPersonDelegate("imrf-2026", "Maria Santos");

    badges
        .get("/participants/" + id(delegate) + "/badge", BadgeApi.deskStaff())
        .expectStatus()
        .isOk();
    badges
        .get("/participants/" + id(delegate) + "/badge.png", TestTokens.attendee(UUID.randomUUID()))
        .expectStatus()
        .isNotFound();
  }

  private void assertNoBadge(JsonNode participant, String reason) {
    for (String file : new String[] {"badge", "badge.png", "badge.pdf"}) {
      badges
          .get("/participants/" + id(participant) + "/" + file, attendee(participant))
          .expectStatus()
          .isEqualTo(409)
          .expectBody()
          .jsonPath("$.reason")
          .isEqualTo(reason);
    }
    assertThat(BadgeApi.eventsSoFar(id(participant), "badge.issued")).isEmpty();
  }
}
