package org.imrf.registration.participant;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Organisers' views of an edition's participants. */
public interface ParticipantDirectory {

  /** One page of the participants a query asks for, and how many there are in all. */
  record Page(List<Participant> items, int page, int size, long total) {}

  /**
   * How many participants an edition has. By status, every registration; by the others, the live
   * ones (registered or awaiting accreditation).
   */
  record Counts(
      long total,
      long live,
      Map<String, Long> byStatus,
      Map<String, Long> byCategory,
      Map<String, Long> byRegion,
      Map<String, Long> byLanguage,
      Map<String, Long> byAttendance,
      Map<String, Long> byAccreditation) {}

  /** One person on the public participant list: only what they agreed to publish. */
  record Listed(String name, String organisation, String country, String category) {}

  Page search(ParticipantQuery query);

  Counts counts(String editionId);

  /**
   * The edition's public participant list: registered participants who consented, by name, one
   * page.
   */
  List<Listed> publicList(String editionId, int page, int size);

  long publicListSize(String editionId);

  /** Every participant the query matches (ignoring its page) who consented to be listed. */
  void eachListed(ParticipantQuery query, Consumer<Listed> each);
}
