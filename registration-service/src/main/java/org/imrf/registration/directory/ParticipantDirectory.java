package org.imrf.registration.directory;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/** Organisers' views of an edition's participants, read from the participants' rows. */
interface ParticipantDirectory {

  /** One page of the participants a query asks for, by id in the query's order, and the total. */
  record IdPage(List<UUID> ids, long total) {}

  IdPage search(ParticipantQuery query);

  ParticipantLists.Counts counts(String editionId);

  /**
   * The edition's public participant list: registered participants who consented, by name, one
   * page.
   */
  List<ParticipantLists.Listed> publicList(String editionId, int page, int size);

  long publicListSize(String editionId);

  /** Every participant the query matches (ignoring its page) who consented to be listed. */
  void eachListed(ParticipantQuery query, Consumer<ParticipantLists.Listed> each);
}
