package org.imrf.edge.encoding;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Text inside a JSON document that is no Unicode text: a {@code \ud800} escape alone encodes half a
 * character (an unpaired UTF-16 surrogate), which well-formed UTF-8 cannot carry, databases and
 * other languages refuse or mangle, and which no stored text may hold.
 */
public final class JsonText {

  private static final JsonFactory JSON = new JsonFactory();

  private JsonText() {}

  /**
   * Where a string or a property name holds an unpaired surrogate.
   *
   * @param field the path to it as the platform's problems name fields ({@code programme[2].title};
   *     a property name is named by its object's path and the name as it reads)
   * @param surrogate the lone surrogate, as a JSON escape ({@code \ud800})
   */
  public record UnpairedSurrogate(String field, String surrogate) {}

  /**
   * The first unpaired surrogate in the strings and property names of a JSON document; empty also
   * when the document is not JSON at all (whoever reads it reports that).
   */
  public static Optional<UnpairedSurrogate> firstUnpairedSurrogate(byte[] json) {
    try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), json)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.PROPERTY_NAME || token == JsonToken.VALUE_STRING) {
          String text =
              token == JsonToken.PROPERTY_NAME ? parser.currentName() : parser.getString();
          int at = unpaired(text);
          if (at >= 0) {
            return Optional.of(
                new UnpairedSurrogate(
                    path(parser.streamReadContext()),
                    String.format("\\u%04x", (int) text.charAt(at))));
          }
        }
      }
      return Optional.empty();
    } catch (JacksonException notJson) {
      return Optional.empty();
    }
  }

  /** The index of the first surrogate in {@code text} that is not half of a pair, or -1. */
  static int unpaired(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      } else if (Character.isLowSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  private static String path(TokenStreamContext context) {
    Deque<String> segments = new ArrayDeque<>();
    for (TokenStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
      if (at.inArray()) {
        segments.push("[" + Math.max(at.getCurrentIndex(), 0) + "]");
      } else if (at.currentName() != null) {
        segments.push("." + escapeUnpaired(at.currentName()));
      }
    }
    String path = String.join("", segments);
    path = path.startsWith(".") ? path.substring(1) : path;
    return path.isEmpty() ? "body" : path;
  }

  /** The name as it can be shown: its own unpaired surrogates as escapes. */
  private static String escapeUnpaired(String name) {
    StringBuilder shown = new StringBuilder(name);
    for (int at = unpaired(shown.toString()); at >= 0; at = unpaired(shown.toString())) {
      shown.replace(at, at + 1, String.format("\\u%04x", (int) shown.charAt(at)));
    }
    return shown.toString();
  }
}
