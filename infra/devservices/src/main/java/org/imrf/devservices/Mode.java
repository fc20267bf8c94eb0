package org.imrf.devservices;

import java.util.Locale;

/** How to obtain services that were not given explicitly ({@code IMRF_DEVSERVICES}). */
public enum Mode {
  /** Testcontainers when a Docker engine answers, embedded otherwise. */
  AUTO,
  /** Always Testcontainers; fails without Docker. */
  TESTCONTAINERS,
  /** Always the embedded broker and database, even when Docker is present. */
  EMBEDDED;

  static Mode parse(String value) {
    if (value == null || value.isBlank()) {
      return AUTO;
    }
    try {
      return valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "IMRF_DEVSERVICES must be auto, testcontainers or embedded, not '" + value + "'", e);
    }
  }
}
