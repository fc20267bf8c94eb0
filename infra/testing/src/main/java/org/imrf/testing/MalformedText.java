package org.imrf.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import tools.jackson.databind.json.JsonMapper;

/**
 * Request bodies that are valid except for text that is not text: a malformed UTF-8 sequence (the
 * overlong "/" that slips past input filters, a code point beyond U+10FFFF, an encoded surrogate, a
 * stray or missing byte) or a JSON escape of half a character (a lone surrogate), placed inside one
 * of the body's strings. Every service must refuse each with 400 and write nothing.
 */
public final class MalformedText {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String MARK = "@@MALFORMED@@";

  /** What the 2022 replay got through (the first four), and the other ways UTF-8 goes wrong. */
  public static final List<String> SEQUENCES =
      List.of(
          "C0 AF", // "/" in two bytes
          "E0 80 AF", // "/" in three
          "F0 80 80 AF", // "/" in four
          "F4 90 80 80", // U+110000, beyond Unicode
          "C1 BF", // overlong, the other lead byte that never starts a valid sequence
          "E0 9F BF", // overlong U+07FF
          "F0 8F BF BF", // overlong U+FFFF
          "ED A0 80", // U+D800, a surrogate, in UTF-8
          "ED BF BF", // U+DFFF
          "ED A0 BD ED B8 80", // a surrogate pair in UTF-8 (CESU-8), not one character
          "F5 80 80 80", // beyond Unicode
          "F8 88 80 80 80", // a five-byte form
          "FE",
          "FF",
          "80", // a continuation byte alone
          "BF",
          "C3 28", // a lead byte without its continuation
          "E2 82 28",
          "F0 9F 98 28",
          "E2 82" // cut short (the string goes on after it)
          );

  /** Escapes JSON allows and that decode to no character. */
  public static final List<String> LONE_SURROGATES =
      List.of(
          "\\ud800",
          "\\udbff",
          "\\udc00",
          "\\udfff",
          "\\ud83d", // half of an emoji
          "\\ude00\\ud83d", // a pair the wrong way round
          "\\ud800\\ud800",
          "\\uDFFF");

  private MalformedText() {}

  /**
   * One body, what is wrong with it, and the field a problem must name: where a lone surrogate is
   * ({@code programme[2].title}); null for bytes that are not UTF-8, which a server finds before it
   * knows of fields (its problem gives the {@code byteOffset} instead).
   */
  public record Sample(String wrong, byte[] body, String field) {

    @Override
    public String toString() {
      return wrong + ": " + new String(body, StandardCharsets.UTF_8);
    }
  }

  /** A malformed UTF-8 sequence or a lone surrogate inside one of the strings of {@code valid}. */
  public static Arbitrary<Sample> inJson(Map<String, Object> valid) {
    return Arbitraries.oneOf(malformedUtf8InJson(valid), loneSurrogatesInJson(valid));
  }

  /** A malformed UTF-8 sequence inside one of the strings of {@code valid}, anywhere in it. */
  public static Arbitrary<Sample> malformedUtf8InJson(Map<String, Object> valid) {
    List<List<Object>> paths = stringPaths(valid);
    return Combinators.combine(
            Arbitraries.of(paths), Arbitraries.of(SEQUENCES), Arbitraries.doubles().between(0, 1))
        .as(
            (path, sequence, where) ->
                new Sample(
                    sequence + " in " + describe(path),
                    withInside(valid, path, where, bytes(sequence)),
                    null));
  }

  /** A lone-surrogate escape inside one of the strings of {@code valid}. */
  public static Arbitrary<Sample> loneSurrogatesInJson(Map<String, Object> valid) {
    List<List<Object>> paths = stringPaths(valid);
    return Combinators.combine(
            Arbitraries.of(paths),
            Arbitraries.of(LONE_SURROGATES),
            Arbitraries.doubles().between(0, 1))
        .as(
            (path, escape, where) ->
                new Sample(
                    escape + " in " + describe(path),
                    withInside(valid, path, where, escape.getBytes(StandardCharsets.US_ASCII)),
                    describe(path)));
  }

  /**
   * A form ({@code application/x-www-form-urlencoded}) with a malformed sequence in one field, sent
   * raw or percent-encoded.
   */
  public static Arbitrary<Sample> inForm(Map<String, String> valid) {
    return Combinators.combine(
            Arbitraries.of(List.copyOf(valid.keySet())),
            Arbitraries.of(SEQUENCES),
            Arbitraries.of(true, false))
        .as(
            (field, sequence, encoded) -> {
              ByteArrayOutputStream body = new ByteArrayOutputStream();
              valid.forEach(
                  (name, value) -> {
                    if (body.size() > 0) {
                      body.write('&');
                    }
                    body.writeBytes(encode(name));
                    body.write('=');
                    body.writeBytes(encode(value));
                    if (name.equals(field)) {
                      body.writeBytes(
                          encoded
                              ? percentEncoded(sequence).getBytes(StandardCharsets.US_ASCII)
                              : bytes(sequence));
                    }
                  });
              return new Sample(
                  sequence + (encoded ? " percent-encoded" : " raw") + " in form field " + field,
                  body.toByteArray(),
                  null);
            });
  }

  /** The bytes written as hex pairs ("C0 AF"). */
  public static byte[] bytes(String hex) {
    return HexFormat.ofDelimiter(" ").parseHex(hex);
  }

  /** The JSON of {@code valid} with {@code inserted} inside the string at {@code path}. */
  public static byte[] withInside(
      Map<String, Object> valid, List<Object> path, double where, byte[] inserted) {
    Map<String, Object> marked = copy(valid);
    Object parent = marked;
    for (int i = 0; i < path.size() - 1; i++) {
      parent = child(parent, path.get(i));
    }
    Object last = path.get(path.size() - 1);
    String value = (String) child(parent, last);
    int at = (int) Math.round(where * value.length());
    // never between the two halves of a surrogate pair the value already has
    if (at > 0 && at < value.length() && Character.isLowSurrogate(value.charAt(at))) {
      at--;
    }
    set(parent, last, value.substring(0, at) + MARK + value.substring(at));
    byte[] json = JSON.writeValueAsBytes(marked);
    byte[] mark = MARK.getBytes(StandardCharsets.US_ASCII);
    int found = indexOf(json, mark);
    ByteArrayOutputStream body = new ByteArrayOutputStream(json.length + inserted.length);
    body.write(json, 0, found);
    body.writeBytes(inserted);
    body.write(json, found + mark.length, json.length - found - mark.length);
    return body.toByteArray();
  }

  /** Where the strings of a JSON body are: property names and list indexes, from the top. */
  public static List<List<Object>> stringPaths(Map<String, Object> valid) {
    List<List<Object>> paths = new ArrayList<>();
    collect(valid, new ArrayList<>(), paths);
    if (paths.isEmpty()) {
      throw new IllegalArgumentException("A body without strings cannot carry malformed text");
    }
    return paths;
  }

  private static void collect(Object node, List<Object> at, List<List<Object>> paths) {
    if (node instanceof String) {
      paths.add(List.copyOf(at));
    } else if (node instanceof Map<?, ?> map) {
      map.forEach(
          (key, value) -> {
            at.add(key);
            collect(value, at, paths);
            at.remove(at.size() - 1);
          });
    } else if (node instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        at.add(i);
        collect(list.get(i), at, paths);
        at.remove(at.size() - 1);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> copy(Map<String, Object> map) {
    Map<String, Object> copy = new LinkedHashMap<>();
    map.forEach((key, value) -> copy.put(key, copyOf(value)));
    return copy;
  }

  @SuppressWarnings("unchecked")
  private static Object copyOf(Object value) {
    if (value instanceof Map<?, ?> map) {
      return copy((Map<String, Object>) map);
    }
    if (value instanceof List<?> list) {
      return new ArrayList<>(list.stream().map(MalformedText::copyOf).toList());
    }
    return value;
  }

  private static Object child(Object parent, Object key) {
    return parent instanceof Map<?, ?> map ? map.get(key) : ((List<?>) parent).get((Integer) key);
  }

  @SuppressWarnings("unchecked")
  private static void set(Object parent, Object key, Object value) {
    if (parent instanceof Map<?, ?> map) {
      ((Map<Object, Object>) map).put(key, value);
    } else {
      ((List<Object>) parent).set((Integer) key, value);
    }
  }

  private static String describe(List<Object> path) {
    return path.stream()
        .map(key -> key instanceof Integer index ? "[" + index + "]" : "." + key)
        .collect(Collectors.joining())
        .replaceFirst("^\\.", "");
  }

  private static byte[] encode(String text) {
    return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8)
        .getBytes(StandardCharsets.US_ASCII);
  }

  private static String percentEncoded(String hex) {
    return "%" + hex.replace(" ", "%");
  }

  private static int indexOf(byte[] bytes, byte[] wanted) {
    outer:
    for (int i = 0; i <= bytes.length - wanted.length; i++) {
      for (int k = 0; k < wanted.length; k++) {
        if (bytes[i + k] != wanted[k]) {
          continue outer;
        }
      }
      return i;
    }
    throw new IllegalStateException("The mark is not in the JSON");
  }
}
