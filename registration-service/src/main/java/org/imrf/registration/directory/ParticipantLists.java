package org.imrf.registration.directory;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.imrf.registration.edition.Editions;
import org.imrf.registration.edition.UnknownEdition;
import org.imrf.registration.participant.ParticipantLookup;
import org.imrf.registration.participant.ParticipantView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lists organisers work from, and the public participant list, which shows only those who
 * agreed to be on it.
 */
@Service
public class ParticipantLists {

  private final Editions editions;
  private final ParticipantDirectory directory;
  private final ParticipantLookup participants;

  ParticipantLists(
      Editions editions, ParticipantDirectory directory, ParticipantLookup participants) {
    this.editions = editions;
    this.directory = directory;
    this.participants = participants;
  }

  /** One page of the participants a query asks for, and how many there are in all. */
  public record Page(List<ParticipantView> items, int page, int size, long total) {}

  /**
   * How many participants an edition has. By status, every registration; by the others, the live
   * ones (registered or awaiting accreditation).
   */
  public record Counts(
      long total,
      long live,
      Map<String, Long> byStatus,
      Map<String, Long> byCategory,
      Map<String, Long> byRegion,
      Map<String, Long> byLanguage,
      Map<String, Long> byAttendance,
      Map<String, Long> byAccreditation) {}

  /** One person on the public participant list: only what they agreed to publish. */
  public record Listed(String name, String organisation, String country, String category) {}

  /**
   * @throws UnknownEdition if the edition does not exist
   */
  @Transactional(readOnly = true)
  public Page search(ParticipantQuery query) {
    requireEdition(query.editionId());
    ParticipantDirectory.IdPage found = directory.search(query);
    return new Page(
        participants.findAllAsShown(found.ids()), query.page(), query.size(), found.total());
  }

  /**
   * @throws UnknownEdition if the edition does not exist
   */
  @Transactional(readOnly = true)
  public Counts counts(String editionId) {
    requireEdition(editionId);
    return directory.counts(editionId);
  }

  /** One page of the public list and its size. */
  public record PublicList(List<Listed> items, long total) {}

  /**
   * @throws UnknownEdition if the edition does not exist
   */
  @Transactional(readOnly = true)
  public PublicList publicList(String editionId, int page, int size) {
    requireEdition(editionId);
    return new PublicList(
        directory.publicList(editionId, page, size), directory.publicListSize(editionId));
  }

  /**
   * Every participant a query matches who agreed to be on the public list: what may leave the
   * platform in a spreadsheet.
   *
   * @throws UnknownEdition if the edition does not exist
   */
  @Transactional(readOnly = true)
  public void export(ParticipantQuery query, Consumer<Listed> each) {
    requireEdition(query.editionId());
    directory.eachListed(query, each);
  }

  private void requireEdition(String editionId) {
    editions.find(editionId).orElseThrow(() -> new UnknownEdition(editionId));
  }
}
