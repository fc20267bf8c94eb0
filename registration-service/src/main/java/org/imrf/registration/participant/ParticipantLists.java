package org.imrf.registration.participant;

import java.util.List;
import java.util.function.Consumer;
import org.imrf.registration.edition.Editions;
import org.imrf.registration.edition.UnknownEdition;
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

  ParticipantLists(Editions editions, ParticipantDirectory directory) {
    this.editions = editions;
    this.directory = directory;
  }

  /**
   * @throws UnknownEdition if the edition does not exist
   */
  @Transactional(readOnly = true)
  public ParticipantDirectory.Page search(ParticipantQuery query) {
    requireEdition(query.editionId());
    return directory.search(query);
  }

  /**
   * @throws UnknownEdition if the edition does not exist
   */
  @Transactional(readOnly = true)
  public ParticipantDirectory.Counts counts(String editionId) {
    requireEdition(editionId);
    return directory.counts(editionId);
  }

  /** One page of the public list and its size. */
  public record PublicList(List<ParticipantDirectory.Listed> items, long total) {}

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
  public void export(ParticipantQuery query, Consumer<ParticipantDirectory.Listed> each) {
    requireEdition(query.editionId());
    directory.eachListed(query, each);
  }

  private void requireEdition(String editionId) {
    editions.find(editionId).orElseThrow(() -> new UnknownEdition(editionId));
  }
}
