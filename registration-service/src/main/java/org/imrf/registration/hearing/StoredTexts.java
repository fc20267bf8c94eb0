package org.imrf.registration.hearing;

import org.imrf.backbone.language.MultilingualText;
import tools.jackson.databind.json.JsonMapper;

/** Texts per language as the database keeps them: jsonb objects keyed by language code. */
final class StoredTexts {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private StoredTexts() {}

  static String write(MultilingualText text) {
    return text == null ? null : JSON.writeValueAsString(text);
  }

  static MultilingualText read(String stored) {
    return stored == null ? null : JSON.readValue(stored, MultilingualText.class);
  }
}
