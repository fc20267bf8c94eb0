package org.imrf.registration.participant;

import org.imrf.backbone.domain.Coded;

/**
 * Who a participant takes part as, and so which accreditation track they follow. States, the UN
 * system and intergovernmental organisations need none; NGOs with ECOSOC status are confirmed by
 * their focal point; every other stakeholder applies for special accreditation.
 */
public enum Category implements Coded {
  MEMBER_STATE("member-state", AccreditationTrack.NONE),
  OBSERVER_STATE("observer-state", AccreditationTrack.NONE),
  UN_SYSTEM("un-system", AccreditationTrack.NONE),
  INTERGOVERNMENTAL_ORGANISATION("intergovernmental-organisation", AccreditationTrack.NONE),
  NATIONAL_HUMAN_RIGHTS_INSTITUTION(
      "national-human-rights-institution", AccreditationTrack.SPECIAL),
  CIVIL_SOCIETY_ECOSOC("civil-society-ecosoc", AccreditationTrack.ECOSOC),
  CIVIL_SOCIETY_SPECIAL("civil-society-special-accreditation", AccreditationTrack.SPECIAL),
  MIGRANT_DIASPORA_ORGANISATION("migrant-diaspora-organisation", AccreditationTrack.SPECIAL),
  TRADE_UNION("trade-union", AccreditationTrack.SPECIAL),
  PRIVATE_SECTOR("private-sector", AccreditationTrack.SPECIAL),
  ACADEMIA("academia", AccreditationTrack.SPECIAL),
  LOCAL_REGIONAL_AUTHORITY("local-regional-authority", AccreditationTrack.SPECIAL),
  MEDIA("media", AccreditationTrack.SPECIAL);

  private final String code;
  private final AccreditationTrack track;

  Category(String code, AccreditationTrack track) {
    this.code = code;
    this.track = track;
  }

  @Override
  public String code() {
    return code;
  }

  AccreditationTrack track() {
    return track;
  }

  /** Where a new registration of this category starts its accreditation. */
  public Accreditation initialAccreditation() {
    return track.initial();
  }

  /**
   * Stakeholders (everyone accredited to attend, rather than a state or the UN) send a capped
   * number of in-person representatives per organisation.
   */
  public boolean isStakeholder() {
    return track != AccreditationTrack.NONE;
  }

  static String listing() {
    return String.join(", ", Coded.codes(Category.class));
  }
}
