package org.imrf.backbone.domain;

import java.util.List;
import java.util.Optional;

/**
 * A value clients send and read as a code (an enum constant's {@code code()}, e.g. {@code
 * round-table}). The enum declares its codes here, once: {@code @OneOf} validates against them, its
 * message lists them, the OpenAPI document gives them as the field's {@code enum}, and {@link
 * #ofCode} reads a code back into its constant.
 */
public interface Coded {

  String code();

  /** Every code of an enum implementing this, in declaration order. */
  static List<String> codes(Class<? extends Coded> type) {
    return CodeTable.of(type).codes();
  }

  /** The constant of {@code type} whose code this is; empty for any other text, or none. */
  static <E extends Enum<E> & Coded> Optional<E> ofCode(Class<E> type, String code) {
    return CodeTable.of(type).constant(code).map(type::cast);
  }
}
