package org.imrf.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.imrf.backbone.security.Role;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A service's authorization matrix: every endpoint × every kind of caller → the status it gets.
 * Extend it in a {@link ServiceTest}; an endpoint of the service without a row fails the build.
 */
public abstract class AuthorizationMatrix {

  /** The callers every row states an answer for. */
  public enum Who {
    ANONYMOUS,
    ATTENDEE_SELF,
    ATTENDEE_OTHER,
    ORGANISER,
    CHAIR_OF_THIS,
    CHAIR_OF_ANOTHER,
    HOST_OF_THIS,
    HOST_OF_ANOTHER,
    CHECK_IN,
    OPS
  }

  /**
   * What a row's requests refer to: the participant whose data it is ("self"), and the round table
   * and side event a scoped role is "this" one for.
   */
  public record Fixture(UUID participant, String roundTable, String sideEvent) {}

  /** One request of a row: its URI and JSON body (or null). */
  public record Request(String uri, Object body) {}

  /** One endpoint and what each caller gets from it. */
  public record Row(
      HttpMethod method,
      String pattern,
      Function<Fixture, Request> request,
      Map<Who, Integer> expected) {}

  @Autowired protected RestTestClient http;
  @Autowired private ApplicationContext context;

  /** Creates what the rows refer to, e.g. registers a participant. */
  protected abstract Fixture fixture();

  protected abstract List<Row> rows();

  @Test
  void everyEndpointOfTheServiceHasARow() {
    Set<String> covered = new TreeSet<>();
    rows().forEach(row -> covered.add(row.method() + " " + row.pattern()));
    Set<String> mapped = new TreeSet<>();
    context
        .getBeansOfType(RequestMappingHandlerMapping.class)
        .values()
        .forEach(
            mapping ->
                mapping.getHandlerMethods().forEach((info, method) -> add(mapped, info, method)));
    assertThat(covered).as("rows of the authorization matrix").containsAll(mapped);
  }

  @TestFactory
  Stream<DynamicTest> eachCallerGetsWhatTheMatrixSays() {
    Fixture fixture = fixture();
    List<DynamicTest> tests = new ArrayList<>();
    for (Row row : rows()) {
      assertThat(row.expected().keySet())
          .as("callers stated for " + row.method() + " " + row.pattern())
          .containsExactlyInAnyOrder(Who.values());
      row.expected()
          .forEach(
              (who, status) ->
                  tests.add(
                      DynamicTest.dynamicTest(
                          row.method() + " " + row.pattern() + " as " + who + " → " + status,
                          () -> assertStatus(row, who, status, fixture))));
    }
    return tests.stream();
  }

  private void assertStatus(Row row, Who who, int status, Fixture fixture) {
    Request request = row.request().apply(fixture);
    RestTestClient.RequestBodySpec spec = http.method(row.method()).uri(request.uri());
    String token = token(who, fixture);
    if (token != null) {
      spec.header("Authorization", "Bearer " + token);
    }
    if (request.body() != null) {
      spec.contentType(MediaType.APPLICATION_JSON).body(request.body());
    }
    var response = spec.exchange();
    response.expectStatus().isEqualTo(status);
    if (status >= 400) {
      response.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }
  }

  private static String token(Who who, Fixture fixture) {
    return switch (who) {
      case ANONYMOUS -> null;
      case ATTENDEE_SELF -> TestTokens.attendee(fixture.participant());
      case ATTENDEE_OTHER -> TestTokens.attendee(UUID.randomUUID());
      case ORGANISER -> TestTokens.organiser();
      case CHAIR_OF_THIS ->
          TestTokens.staff("chair@un.example", Role.scoped(Role.CHAIR, fixture.roundTable()));
      case CHAIR_OF_ANOTHER ->
          TestTokens.staff(
              "other-chair@un.example", Role.scoped(Role.CHAIR, "another-round-table"));
      case HOST_OF_THIS ->
          TestTokens.staff("host@un.example", Role.scoped(Role.HOST, fixture.sideEvent()));
      case HOST_OF_ANOTHER ->
          TestTokens.staff("other-host@un.example", Role.scoped(Role.HOST, "another-side-event"));
      case CHECK_IN -> TestTokens.staff("check-in@un.example", Role.CHECK_IN);
      case OPS -> TestTokens.ops();
    };
  }

  private static void add(Set<String> mapped, RequestMappingInfo info, HandlerMethod method) {
    if (!method.getBeanType().getName().startsWith("org.imrf.")) {
      return; // the framework's own (error page, API docs), covered by the backbone's rules
    }
    for (var httpMethod : info.getMethodsCondition().getMethods()) {
      for (String pattern : info.getPatternValues()) {
        mapped.add(httpMethod + " " + pattern);
      }
    }
  }

  /**
   * Starts a row, here or in a feature's rows class: {@code row(GET, "/participants/{id}", f ->
   * get(...)).expect(...)}.
   */
  public static RowBuilder row(
      HttpMethod method, String pattern, Function<Fixture, Request> request) {
    return new RowBuilder(method, pattern, request);
  }

  public static Request request(String uri) {
    return new Request(uri, null);
  }

  public static Request request(String uri, Object body) {
    return new Request(uri, body);
  }

  /**
   * States each caller's status; {@link #otherwise}, {@link #selfOrOrganiser} or {@link
   * #onlyOrganisers} fills those not named.
   */
  public static final class RowBuilder {
    private final HttpMethod method;
    private final String pattern;
    private final Function<Fixture, Request> request;
    private final Map<Who, Integer> expected = new EnumMap<>(Who.class);

    private RowBuilder(HttpMethod method, String pattern, Function<Fixture, Request> request) {
      this.method = method;
      this.pattern = pattern;
      this.request = request;
    }

    public RowBuilder expect(int status, Who... callers) {
      for (Who who : callers) {
        expected.put(who, status);
      }
      return this;
    }

    /**
     * A participant's own data: the participant and organisers get {@code status}, another
     * participant 404 (not told it exists), anonymous 401, every other role 403.
     */
    public Row selfOrOrganiser(int status) {
      return ifUnstated(401, Who.ANONYMOUS)
          .ifUnstated(status, Who.ATTENDEE_SELF, Who.ORGANISER)
          .ifUnstated(404, Who.ATTENDEE_OTHER)
          .otherwise(403);
    }

    /** {@link #selfOrOrganiser(int)} answering 200. */
    public Row selfOrOrganiser() {
      return selfOrOrganiser(200);
    }

    /**
     * Organisers get {@code status}, anonymous 401, every other caller 403; a caller stated before
     * (e.g. check-in staff) keeps what was stated.
     */
    public Row onlyOrganisers(int status) {
      return ifUnstated(401, Who.ANONYMOUS).ifUnstated(status, Who.ORGANISER).otherwise(403);
    }

    // what a row stated with expect(...) before a shared ending wins over the ending
    private RowBuilder ifUnstated(int status, Who... callers) {
      for (Who who : callers) {
        expected.putIfAbsent(who, status);
      }
      return this;
    }

    public Row otherwise(int status) {
      for (Who who : Who.values()) {
        expected.putIfAbsent(who, status);
      }
      return new Row(method, pattern, request, Map.copyOf(expected));
    }
  }
}
