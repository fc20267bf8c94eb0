package org.imrf.testing;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * What an answer in problem details ({@code application/problem+json}) says: its title, the invalid
 * fields it names ({@code errors[].field}), the byte where a body stops being well-formed.
 */
public final class ProblemAnswers {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ProblemAnswers() {}

  /** Whether the problem has a title. */
  public static boolean hasTitle(String problem) {
    return read(problem).path("title").isString();
  }

  /** Whether the problem names {@code field} (or a part of it) among its invalid fields. */
  public static boolean namesField(String problem, String field) {
    for (JsonNode error : read(problem).path("errors")) {
      String named = error.path("field").asString("");
      if (named.equals(field) || named.startsWith(field + ".") || named.startsWith(field + "[")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the problem says at which byte the body stops being what it should be. */
  public static boolean namesByte(String problem) {
    return read(problem).path("byteOffset").isIntegralNumber();
  }

  private static JsonNode read(String problem) {
    try {
      return problem == null ? MissingNode.getInstance() : JSON.readTree(problem);
    } catch (RuntimeException notJson) {
      return MissingNode.getInstance();
    }
  }
}
