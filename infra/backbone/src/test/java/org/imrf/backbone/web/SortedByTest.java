package org.imrf.backbone.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import org.imrf.backbone.domain.Coded;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

class SortedByTest {

  enum Column implements Coded {
    NAME("name"),
    JOINED_AT("joinedAt");

    private final String code;

    Column(String code) {
      this.code = code;
    }

    @Override
    public String code() {
      return code;
    }
  }

  record Listing(@SortedBy(Column.class) String sort) {}

  static final ValidatorFactory factory = Validation.buildDefaultValidatorFactory();
  static final SpringValidatorAdapter validator =
      new SpringValidatorAdapter(factory.getValidator());

  @AfterAll
  static void close() {
    factory.close();
  }

  @Test
  void aFieldOfTheEnumOptionallyWithADirectionIsAnOrder() {
    for (String sort : new String[] {"name", "joinedAt", "name,asc", "joinedAt,desc", null}) {
      assertThat(errorsOf(new Listing(sort))).as(sort).isEmpty();
    }
  }

  @Test
  void anythingElseIsRefusedNamingTheFieldAndTheOrdersThatWould() {
    for (String sort :
        new String[] {
          "", "email", "NAME", "name,", "name,up", "name,asc,desc", ",asc", "name|joinedAt", " name"
        }) {
      assertThat(errorsOf(new Listing(sort)))
          .as(sort)
          .containsExactly(
              "sort: must be a field (name|joinedAt) optionally followed by ,asc or ,desc");
    }
  }

  /** A controller method's sort parameter, as springdoc sees it. */
  void list(@SortedBy(Column.class) String sort) {}

  @Test
  void theOpenApiPatternAcceptsTheSameOrders() throws Exception {
    var method = new MethodParameter(SortedByTest.class.getDeclaredMethod("list", String.class), 0);

    var parameter =
        ApiDocumentation.codedParameters()
            .customize(new Parameter().schema(new StringSchema()), method);

    String pattern = parameter.getSchema().getPattern();
    assertThat(pattern).isEqualTo("(name|joinedAt)(,(asc|desc))?");
    assertThat("joinedAt,desc").matches(pattern);
    assertThat("email").doesNotMatch(pattern);
  }

  /** As the API's problem lists them: field and message. */
  private static List<String> errorsOf(Listing listing) {
    Errors errors = new DirectFieldBindingResult(listing, "listing");
    validator.validate(listing, errors);
    return errors.getFieldErrors().stream()
        .map(error -> error.getField() + ": " + error.getDefaultMessage())
        .toList();
  }
}
