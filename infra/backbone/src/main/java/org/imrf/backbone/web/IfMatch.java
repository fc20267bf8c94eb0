package org.imrf.backbone.web;

import java.util.OptionalInt;

/** Versions as ETags: what a resource's ETag is, and what an If-Match header asks for. */
public final class IfMatch {

  private IfMatch() {}

  /** The ETag of a resource at this version. */
  public static String etag(int version) {
    return "\"" + version + "\"";
  }

  /**
   * The version an If-Match header expects; empty when there is none (or {@code *}).
   *
   * @throws InvalidFields if it is not an ETag this API gave
   */
  public static OptionalInt version(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
      return OptionalInt.empty();
    }
    String value = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
    try {
      return OptionalInt.of(Integer.parseInt(value));
    } catch (NumberFormatException e) {
      throw new InvalidFields("If-Match", "must be an ETag this API gave, such as \"3\"");
    }
  }
}
