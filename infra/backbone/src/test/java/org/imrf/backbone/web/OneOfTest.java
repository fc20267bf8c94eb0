package org.imrf.backbone.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.Annotation;
import java.util.List;
import org.imrf.backbone.domain.Coded;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

class OneOfTest {

  enum Colour implements Coded {
    DEEP_BLUE("deep-blue"),
    RED("red");

    private final String code;

    Colour(String code) {
      this.code = code;
    }

    @Override
    public String code() {
      return code;
    }
  }

  record Paint(
      @OneOf(Colour.class) String colour,
      List<@OneOf(Colour.class) String> elements,
      @OneOf(Colour.class) List<String> list) {}

  static final ValidatorFactory factory = Validation.buildDefaultValidatorFactory();
  static final SpringValidatorAdapter validator =
      new SpringValidatorAdapter(factory.getValidator());

  @AfterAll
  static void close() {
    factory.close();
  }

  @Test
  void acceptsTheEnumsCodesAndNothing() {
    assertThat(errorsOf(new Paint("deep-blue", List.of("red"), List.of("deep-blue", "red"))))
        .isEmpty();
    assertThat(errorsOf(new Paint(null, null, null))).isEmpty();
  }

  @Test
  void refusesAnythingElseNamingTheFieldAndTheCodesThatWouldDo() {
    assertThat(
            errorsOf(
                new Paint("DEEP_BLUE", List.of("red", "{green}"), List.of("red", "$blue", "red"))))
        .containsExactlyInAnyOrder(
            "colour: must be one of deep-blue, red",
            "elements[1]: must be one of deep-blue, red",
            "list[1]: must be one of deep-blue, red");
  }

  @Test
  void theOpenApiSchemaListsTheSameCodes() throws Exception {
    Annotation[] onText = Paint.class.getDeclaredField("colour").getAnnotations();
    Annotation[] onList = Paint.class.getDeclaredField("list").getAnnotations();

    var text =
        ApiDocumentation.codedProperties()
            .customize(new StringSchema(), new AnnotatedType().ctxAnnotations(onText));
    var list =
        ApiDocumentation.codedProperties()
            .customize(
                new ArraySchema().items(new StringSchema()),
                new AnnotatedType().ctxAnnotations(onList));

    assertThat(text.getEnum()).containsExactly("deep-blue", "red");
    assertThat(list.getItems().getEnum()).containsExactly("deep-blue", "red");
  }

  /** A controller method's list parameter, as springdoc sees it. */
  void filter(@OneOf(Colour.class) List<String> colours) {}

  @Test
  void aListParametersItemsListTheCodes() throws Exception {
    var method = new MethodParameter(OneOfTest.class.getDeclaredMethod("filter", List.class), 0);

    var parameter =
        ApiDocumentation.codedParameters()
            .customize(new Parameter().schema(new ArraySchema().items(new StringSchema())), method);

    assertThat(parameter.getSchema().getItems().getEnum()).containsExactly("deep-blue", "red");
    assertThat(parameter.getSchema().getEnum()).isNull();
  }

  /** As the API's problem lists them: field and message. */
  private static List<String> errorsOf(Paint paint) {
    Errors errors = new DirectFieldBindingResult(paint, "paint");
    validator.validate(paint, errors);
    return errors.getFieldErrors().stream()
        .map(error -> error.getField() + ": " + error.getDefaultMessage())
        .toList();
  }
}
