package org.imrf.backbone.language;

import org.imrf.backbone.domain.Coded;

/** Which way a UN language is written; the codes are HTML's {@code dir} values. */
public enum TextDirection implements Coded {
  LTR("ltr"),
  RTL("rtl");

  private final String code;

  TextDirection(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /** Arabic is written right to left; the other five left to right. */
  public static TextDirection of(String language) {
    return "ar".equals(language) ? RTL : LTR;
  }
}
