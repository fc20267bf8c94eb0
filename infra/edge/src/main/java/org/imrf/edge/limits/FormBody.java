package org.imrf.edge.limits;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imrf.edge.encoding.Utf8;

/**
 * The fields of an {@code application/x-www-form-urlencoded} body, decoded strictly: a {@code
 * %C0%AF} is as malformed as the raw bytes would be.
 */
final class FormBody {

  private FormBody() {}

  static Map<String, List<String>> fields(byte[] body, Charset charset) throws RequestRefused {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    int start = 0;
    for (int i = 0; i <= body.length; i++) {
      if (i == body.length || body[i] == '&') {
        if (i > start) {
          int equals = indexOf(body, (byte) '=', start, i);
          String name = decode(body, start, equals < 0 ? i : equals, charset);
          String value = equals < 0 ? "" : decode(body, equals + 1, i, charset);
          fields.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        start = i + 1;
      }
    }
    return fields;
  }

  private static String decode(byte[] body, int from, int to, Charset charset)
      throws RequestRefused {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(to - from);
    for (int i = from; i < to; i++) {
      byte b = body[i];
      if (b == '+') {
        bytes.write(' ');
      } else if (b == '%') {
        int high = i + 2 < to ? Character.digit(body[i + 1], 16) : -1;
        int low = i + 2 < to ? Character.digit(body[i + 2], 16) : -1;
        if (high < 0 || low < 0) {
          throw new RequestRefused(
              400,
              "Invalid request",
              "The form has a malformed percent-encoding at byte " + i + ".",
              Map.of("byteOffset", i));
        }
        bytes.write(high << 4 | low);
        i += 2;
      } else {
        bytes.write(b);
      }
    }
    byte[] decoded = bytes.toByteArray();
    if (charset.equals(StandardCharsets.UTF_8)) {
      Optional<Utf8.Malformation> malformed = Utf8.firstMalformation(decoded);
      if (malformed.isPresent()) {
        throw new RequestRefused(
            400,
            "Invalid request",
            "A form field is not well-formed UTF-8 once decoded: "
                + malformed.get().reason()
                + " ("
                + malformed.get().sequence()
                + ") in the field starting at byte "
                + from
                + ".",
            Map.of("byteOffset", from));
      }
    }
    return new String(decoded, charset);
  }

  private static int indexOf(byte[] body, byte wanted, int from, int to) {
    for (int i = from; i < to; i++) {
      if (body[i] == wanted) {
        return i;
      }
    }
    return -1;
  }
}
