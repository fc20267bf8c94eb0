package org.imrf.registration.badge;

import java.awt.Color;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.imrf.registration.participant.Category;
import org.imrf.registration.participant.UnLanguage;

/**
 * How a badge shows who someone takes part as: a word in the badge's language, from {@code
 * labels_<language>.properties} beside this class, on a band coloured by group.
 */
public final class CategoryLabels {

  private static final Color STATES = new Color(0x1B3A6B);
  private static final Color UN_AND_INTERGOVERNMENTAL = new Color(0x0077B6);
  private static final Color STAKEHOLDERS = new Color(0x2E7D32);
  private static final Color PRESS = new Color(0xC2410C);

  /** Read once: a language or a category without its label stops the service at start. */
  private static final Map<UnLanguage, Map<Category, String>> LABELS = load();

  private CategoryLabels() {}

  /** The category as printed on a badge in the language. */
  public static String label(Category category, UnLanguage language) {
    return LABELS.get(language).get(category);
  }

  /** The band's colour: states, the UN and intergovernmental bodies, stakeholders, media. */
  static Color band(Category category) {
    return switch (category) {
      case MEMBER_STATE, OBSERVER_STATE -> STATES;
      case UN_SYSTEM, INTERGOVERNMENTAL_ORGANISATION -> UN_AND_INTERGOVERNMENTAL;
      case MEDIA -> PRESS;
      default -> STAKEHOLDERS;
    };
  }

  private static Map<UnLanguage, Map<Category, String>> load() {
    Map<UnLanguage, Map<Category, String>> labels = new EnumMap<>(UnLanguage.class);
    for (UnLanguage language : UnLanguage.values()) {
      // no fallback to the server's locale or another language: each file must be complete
      ResourceBundle bundle =
          ResourceBundle.getBundle(
              CategoryLabels.class.getPackageName() + ".labels",
              Locale.forLanguageTag(language.code()),
              ResourceBundle.Control.getNoFallbackControl(
                  ResourceBundle.Control.FORMAT_PROPERTIES));
      Map<Category, String> byCategory = new EnumMap<>(Category.class);
      for (Category category : Category.values()) {
        byCategory.put(category, bundle.getString(category.code()));
      }
      labels.put(language, byCategory);
    }
    return labels;
  }
}
