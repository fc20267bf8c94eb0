package org.imrf.registration.participant;

import org.imrf.backbone.domain.Coded;

/** The six official languages of the United Nations, by ISO 639-1 code. */
public enum UnLanguage implements Coded {
  ARABIC("ar"),
  CHINESE("zh"),
  ENGLISH("en"),
  FRENCH("fr"),
  RUSSIAN("ru"),
  SPANISH("es");

  private final String code;

  UnLanguage(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
