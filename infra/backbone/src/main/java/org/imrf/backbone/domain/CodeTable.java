package org.imrf.backbone.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A {@link Coded} enum's constants by code, built once per enum rather than at every lookup. */
record CodeTable(List<String> codes, Map<String, Coded> constants) {

  private static final ClassValue<CodeTable> TABLES =
      new ClassValue<>() {
        @Override
        protected CodeTable computeValue(Class<?> type) {
          Object[] constants = type.getEnumConstants();
          if (constants == null || !Coded.class.isAssignableFrom(type)) {
            throw new IllegalArgumentException(
                "Codes come from an enum implementing Coded, not " + type);
          }
          Map<String, Coded> byCode = new LinkedHashMap<>();
          for (Object constant : constants) {
            Coded coded = (Coded) constant;
            // a second constant with the same code could never be read back
            if (byCode.putIfAbsent(coded.code(), coded) != null) {
              throw new IllegalStateException(type + " gives the code " + coded.code() + " twice");
            }
          }
          return new CodeTable(List.copyOf(byCode.keySet()), Collections.unmodifiableMap(byCode));
        }
      };

  static CodeTable of(Class<?> type) {
    return TABLES.get(type);
  }

  Optional<Coded> constant(String code) {
    return Optional.ofNullable(code == null ? null : constants.get(code));
  }
}
