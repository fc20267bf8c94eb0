package org.imrf.registration.badge;

import java.awt.Color;
import org.imrf.registration.participant.Category;

/** How a badge shows who someone takes part as: a word, on a band coloured by group. */
public final class CategoryLabels {

  private static final Color STATES = new Color(0x1B3A6B);
  private static final Color UN_AND_INTERGOVERNMENTAL = new Color(0x0077B6);
  private static final Color STAKEHOLDERS = new Color(0x2E7D32);
  private static final Color PRESS = new Color(0xC2410C);

  private CategoryLabels() {}

  /** The category in English, as printed. */
  public static String label(Category category) {
    return switch (category) {
      case MEMBER_STATE -> "Member State";
      case OBSERVER_STATE -> "Observer State";
      case UN_SYSTEM -> "United Nations system";
      case INTERGOVERNMENTAL_ORGANISATION -> "Intergovernmental organisation";
      case NATIONAL_HUMAN_RIGHTS_INSTITUTION -> "National human rights institution";
      case CIVIL_SOCIETY_ECOSOC -> "Civil society (ECOSOC)";
      case CIVIL_SOCIETY_SPECIAL -> "Civil society";
      case MIGRANT_DIASPORA_ORGANISATION -> "Migrant and diaspora organisation";
      case TRADE_UNION -> "Trade union";
      case PRIVATE_SECTOR -> "Private sector";
      case ACADEMIA -> "Academia";
      case LOCAL_REGIONAL_AUTHORITY -> "Local and regional authority";
      case MEDIA -> "Media";
    };
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
}
