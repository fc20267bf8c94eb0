package org.imrf.registration.badinput;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.imrf.registration.Registrants;
import org.imrf.testing.MalformedText;
import tools.jackson.databind.json.JsonMapper;

/**
 * Generated requests that are each wrong in one way the API must refuse: a missing or over-long
 * field, a wrong type, an unknown code, a malformed address, broken JSON, an unknown edition,
 * malformed UTF-8 or a lone surrogate inside a string.
 */
final class BadRequests {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /**
   * One request to send, what is wrong with it (shown when the answer is not a 4xx), and the field
   * its problem must name (null where the whole body is wrong: broken JSON, an unknown edition).
   */
  record BadRequest(String wrong, String field, String contentType, byte[] body) {

    @Override
    public String toString() {
      return wrong + ": " + new String(body, StandardCharsets.UTF_8);
    }
  }

  static final List<String> REQUIRED =
      List.of(
          "edition",
          "name",
          "email",
          "organisation",
          "country",
          "category",
          "preferredLanguage",
          "attendance");

  static final List<String> CODED =
      List.of(
          "category",
          "preferredLanguage",
          "attendance",
          "whenInPersonFull",
          "livedExperience",
          "country",
          "timeZone");

  private static final Map<String, Integer> LIMITS =
      Map.of("name", 200, "email", 254, "organisation", 200, "accessibilityOther", 500);

  private BadRequests() {}

  /** Registrations, each invalid in one generated way. */
  static Arbitrary<BadRequest> registrations() {
    return Arbitraries.oneOf(
        missingField(REQUIRED),
        wrongType(
            List.of(
                "edition",
                "name",
                "email",
                "organisation",
                "country",
                "category",
                "preferredLanguage",
                "attendance",
                "publicListing",
                "accessibility")),
        tooLong(),
        invalidEmail(),
        unknownCode(CODED),
        controlCharacters(List.of("name", "organisation")),
        unknownField(),
        brokenJson(),
        unknownEdition(),
        notJson(),
        malformedText("application/json", valid()));
  }

  /** Changes of details (merge patches), each invalid in one generated way. */
  static Arbitrary<BadRequest> detailsChanges() {
    Arbitrary<BadRequest> wrongType =
        Combinators.combine(
                Arbitraries.of("name", "preferredLanguage", "attendance", "publicListing"),
                wrongValues())
            .filter((field, value) -> !(field.equals("publicListing") && value instanceof Boolean))
            .as((field, value) -> patch("wrong type for " + field, field, Map.of(field, value)));
    Arbitrary<BadRequest> unknownCode =
        Combinators.combine(
                Arbitraries.of("preferredLanguage", "attendance", "livedExperience", "timeZone"),
                notACode())
            .filter((field, code) -> !isCode(field, code))
            .as((field, code) -> patch("unknown " + field, field, Map.of(field, code)));
    Arbitrary<BadRequest> tooLongName =
        Arbitraries.strings()
            .withCharRange('a', 'z')
            .ofMinLength(201)
            .ofMaxLength(2000)
            .map(name -> patch("name too long", "name", Map.of("name", name)));
    Arbitrary<BadRequest> emptyName =
        Arbitraries.of("", " ", "\t")
            .map(name -> patch("blank name", "name", Map.of("name", name)));
    Arbitrary<BadRequest> notMine =
        Arbitraries.of("id", "email", "edition", "category", "organisation")
            .map(field -> patch("not changeable: " + field, field, Map.of(field, "x")));
    return Arbitraries.oneOf(
        wrongType,
        unknownCode,
        tooLongName,
        emptyName,
        notMine,
        brokenJson(),
        malformedText(
            "application/merge-patch+json",
            Map.<String, Object>of("name", "Amal Nasser Haddad", "timeZone", "Asia/Amman")));
  }

  /**
   * Malformed UTF-8 or a lone surrogate inside one of the body's strings (the shared generator).
   */
  private static Arbitrary<BadRequest> malformedText(String contentType, Map<String, Object> body) {
    return MalformedText.inJson(body)
        .map(sample -> new BadRequest(sample.wrong(), sample.field(), contentType, sample.body()));
  }

  private static Arbitrary<BadRequest> missingField(List<String> fields) {
    Arbitrary<String> blank =
        Arbitraries.of("", " ", "   ", "\u00a0", "\u3000", "\u200b", " \u2028 ");
    return Combinators.combine(Arbitraries.of(fields), Arbitraries.integers().between(0, 2), blank)
        .as(
            (field, how, spaces) ->
                switch (how) {
                  case 0 -> json("missing " + field, field, Registrants.with(valid(), field, null));
                  case 1 -> json("null " + field, field, withNull(valid(), field));
                  default ->
                      json("blank " + field, field, Registrants.with(valid(), field, spaces));
                });
  }

  private static Arbitrary<BadRequest> wrongType(List<String> fields) {
    return Combinators.combine(Arbitraries.of(fields), wrongValues())
        .filter((field, value) -> !(field.equals("accessibility") && value instanceof List))
        .filter((field, value) -> !(field.equals("publicListing") && value instanceof Boolean))
        .as(
            (field, value) ->
                json(
                    "wrong type for " + field + ": " + value.getClass().getSimpleName(),
                    field,
                    Registrants.with(valid(), field, value)));
  }

  private static Arbitrary<Object> wrongValues() {
    return Arbitraries.oneOf(
        Arbitraries.integers().map(i -> (Object) i),
        Arbitraries.doubles().map(d -> (Object) d),
        Arbitraries.of(true, false).map(b -> (Object) b),
        Arbitraries.strings().ofMaxLength(5).list().ofMaxSize(3).map(l -> (Object) l),
        Arbitraries.strings()
            .alpha()
            .ofMinLength(1)
            .ofMaxLength(5)
            .map(k -> (Object) Map.of(k, 1)));
  }

  private static Arbitrary<BadRequest> tooLong() {
    return Combinators.combine(
            Arbitraries.of(LIMITS.keySet()),
            Arbitraries.integers().between(1, 5000),
            Arbitraries.chars().range('a', 'z').range('\u0600', '\u06ff').range('\u4e00', '\u9fa5'))
        .as(
            (field, extra, letter) -> {
              int length = LIMITS.get(field) + extra;
              String text = String.valueOf(letter).repeat(length);
              Map<String, Object> body = valid();
              if (field.equals("email")) {
                text = "a".repeat(length) + "@example.org";
              }
              if (field.equals("accessibilityOther")) {
                body.put("accessibility", List.of("other"));
              }
              body.put(field, text);
              return json(field + " too long (" + text.length() + ")", field, body);
            });
  }

  private static Arbitrary<BadRequest> invalidEmail() {
    Arbitrary<String> word = Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12);
    Arbitrary<String> invalid =
        Arbitraries.oneOf(
            word, // no @ at all
            word.map(w -> w + "@"),
            word.map(w -> "@" + w + ".org"),
            word.map(w -> w + "@" + w), // no dot in the domain
            word.map(w -> w + "@@" + w + ".org"),
            word.map(w -> w + " " + w + "@example.org"),
            word.map(w -> w + "@exa mple.org"),
            word.map(w -> w + "@example.org\n"));
    return invalid.map(
        email ->
            json("invalid email " + email, "email", Registrants.with(valid(), "email", email)));
  }

  private static Arbitrary<BadRequest> unknownCode(List<String> fields) {
    return Combinators.combine(Arbitraries.of(fields), notACode())
        .filter((field, code) -> !isCode(field, code))
        .as(
            (field, code) ->
                json(
                    "unknown " + field + " " + code,
                    field,
                    Registrants.with(valid(), field, code)));
  }

  /** Strings no code list holds: upper case, digits or symbols mixed in. */
  private static Arbitrary<String> notACode() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withCharRange('A', 'Z').ofLength(3),
        Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(4),
        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8).map(s -> s + "!"),
        Arbitraries.of("Member State", "EN", "in person", "yes ", "Mars/Olympus", "de", "xx"));
  }

  /** Whether the generated string happens to be a valid code after all ("EST" is a time zone). */
  private static boolean isCode(String field, String code) {
    return switch (field) {
      case "country" -> java.util.Set.of(java.util.Locale.getISOCountries()).contains(code);
      case "timeZone" -> java.time.ZoneId.getAvailableZoneIds().contains(code);
      default -> false;
    };
  }

  private static Arbitrary<BadRequest> controlCharacters(List<String> fields) {
    return Combinators.combine(
            Arbitraries.of(fields),
            Arbitraries.chars().range('\u0000', '\u001f').range('\u007f', '\u009f'))
        .as(
            (field, control) ->
                json(
                    "control character " + (int) control + " in " + field,
                    field,
                    Registrants.with(valid(), field, "Amal" + control + "Nasser")));
  }

  private static Arbitrary<BadRequest> unknownField() {
    return Arbitraries.strings()
        .alpha()
        .ofMinLength(1)
        .ofMaxLength(12)
        .filter(field -> !valid().containsKey(field) && !KNOWN_OPTIONAL.contains(field))
        .map(field -> json("unknown field " + field, field, Registrants.with(valid(), field, "x")));
  }

  private static final List<String> KNOWN_OPTIONAL =
      List.of(
          "whenInPersonFull",
          "accessibility",
          "accessibilityOther",
          "livedExperience",
          "publicListing",
          "timeZone");

  private static Arbitrary<BadRequest> brokenJson() {
    byte[] whole = JSON.writeValueAsBytes(valid());
    Arbitrary<BadRequest> truncated =
        Arbitraries.integers()
            .between(0, whole.length - 2)
            .map(
                cut ->
                    new BadRequest(
                        "JSON cut at " + cut, null, "application/json", slice(whole, cut)));
    Arbitrary<BadRequest> garbage =
        Arbitraries.strings()
            .ofMinLength(1)
            .ofMaxLength(40)
            .filter(s -> !s.isBlank())
            .map(
                s ->
                    new BadRequest(
                        "not JSON",
                        null,
                        "application/json",
                        ("{" + s).getBytes(StandardCharsets.UTF_8)));
    Arbitrary<BadRequest> notAnObject =
        Arbitraries.of("[]", "42", "\"text\"", "null", "true", "[{}]")
            .map(
                s ->
                    new BadRequest(
                        "not an object",
                        null,
                        "application/json",
                        s.getBytes(StandardCharsets.UTF_8)));
    return Arbitraries.oneOf(truncated, garbage, notAnObject);
  }

  private static Arbitrary<BadRequest> unknownEdition() {
    // editions imrf-0xxx exist in no test: they stand for unknown ones
    return Arbitraries.integers()
        .between(100, 999)
        .map(
            n -> json("unknown edition", null, Registrants.with(valid(), "edition", "imrf-0" + n)));
  }

  private static Arbitrary<BadRequest> notJson() {
    return Arbitraries.of("text/plain", "application/xml", "application/x-www-form-urlencoded")
        .map(
            type ->
                new BadRequest(
                    "content type " + type, null, type, JSON.writeValueAsBytes(valid())));
  }

  /** A valid registration nobody else makes: each bad request breaks it in exactly one way. */
  static Map<String, Object> valid() {
    return Registrants.delegate(
        "imrf-2026", "Amal Nasser", "bad-input." + UUID.randomUUID() + "@example.org", "en");
  }

  private static Map<String, Object> withNull(Map<String, Object> body, String field) {
    Map<String, Object> copy = new LinkedHashMap<>(body);
    copy.put(field, null);
    return copy;
  }

  private static BadRequest json(String wrong, String field, Map<String, Object> body) {
    return new BadRequest(wrong, field, "application/json", JSON.writeValueAsBytes(body));
  }

  private static BadRequest patch(String wrong, String field, Map<String, Object> body) {
    return new BadRequest(
        wrong, field, "application/merge-patch+json", JSON.writeValueAsBytes(body));
  }

  private static byte[] slice(byte[] bytes, int length) {
    byte[] part = new byte[length];
    System.arraycopy(bytes, 0, part, 0, length);
    return part;
  }
}
