package org.imrf.notification.announcement;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.imrf.backbone.domain.Coded;

/**
 * The United Nations regional groups of Member States, as the forum's organisers group countries:
 * the list of the UN Department for General Assembly and Conference Management ("United Nations
 * Regional Groups of Member States", https://www.un.org/dgacm/en/content/regional-groups), by ISO
 * 3166-1 alpha-2 code. The United States, an observer of the Western European and Others Group that
 * counts as its member for elections, is placed there; Kiribati and Türkiye as for elections
 * (Asia-Pacific, Western European and Others); the State of Palestine, an observer State, is a
 * member of the Asia-Pacific Group. Other codes (the Holy See, territories) are in no group and no
 * regional filter picks them.
 */
enum RegionalGroup implements Coded {
  AFRICA(
      "africa",
      "DZ AO BJ BW BF BI CV CM CF TD KM CG CI CD DJ EG GQ ER SZ ET GA GM GH GN GW KE LS LR LY MG"
          + " MW ML MR MU MA MZ NA NE NG RW ST SN SC SL SO ZA SS SD TG TN UG TZ ZM ZW"),
  ASIA_PACIFIC(
      "asia-pacific",
      "AF BH BD BT BN KH CN CY KP FJ IN ID IR IQ JP JO KZ KI KW KG LA LB MY MV MH FM MN MM NR NP"
          + " OM PK PW PG PH QA KR WS SA SG SB LK SY TJ TH TL TO TM TV AE UZ VU VN YE PS"),
  EASTERN_EUROPE(
      "eastern-europe", "AL AM AZ BY BA BG HR CZ EE GE HU LV LT ME MK PL MD RO RU RS SK SI UA"),
  LATIN_AMERICA_CARIBBEAN(
      "latin-america-caribbean",
      "AG AR BS BB BZ BO BR CL CO CR CU DM DO EC SV GD GT GY HT HN JM MX NI PA PY PE KN LC VC SR"
          + " TT UY VE"),
  WESTERN_EUROPE_OTHERS(
      "western-europe-others",
      "AD AU AT BE CA DK FI FR DE GR IS IE IL IT LI LU MT MC NL NZ NO PT SM ES SE CH TR GB US");

  private final String code;
  private final Set<String> countries;

  RegionalGroup(String code, String countries) {
    this.code = code;
    this.countries = Set.of(countries.split(" "));
  }

  @Override
  public String code() {
    return code;
  }

  /** ISO 3166-1 alpha-2 codes of its members. */
  Set<String> countries() {
    return countries;
  }

  /** The group of a country; empty for a code in none. */
  static Optional<RegionalGroup> of(String country) {
    return Arrays.stream(values()).filter(group -> group.countries.contains(country)).findFirst();
  }
}
