package org.imrf.registration.edition;

import java.util.List;

/** Where editions are kept: what only the edition feature itself writes and lists. */
interface EditionStore extends Editions {

  /** Every edition, newest first. */
  List<Edition> all();

  /**
   * @throws EditionExists if the id is taken
   */
  void add(Edition edition);

  /**
   * Replaces an edition with its next version.
   *
   * @throws EditionChangedMeanwhile unless the stored version is {@code edition.version() - 1}
   */
  void update(Edition edition);
}
