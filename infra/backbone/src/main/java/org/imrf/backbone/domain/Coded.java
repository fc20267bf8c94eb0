package org.imrf.backbone.domain;

import java.util.Arrays;
import java.util.List;

/**
 * A value clients send and read as a code (an enum constant's {@code code()}, e.g. {@code
 * round-table}). The enum declares its codes here, once: {@code @OneOf} validates against them, its
 * message lists them, and the OpenAPI document gives them as the field's {@code enum}.
 */
public interface Coded {

  String code();

  /** Every code of an enum implementing this, in declaration order. */
  static List<String> codes(Class<? extends Coded> type) {
    Coded[] constants = type.getEnumConstants();
    if (constants == null) {
      throw new IllegalArgumentException("Codes come from an enum implementing Coded, not " + type);
    }
    return Arrays.stream(constants).map(Coded::code).toList();
  }
}
