package org.imrf.registration.edition;

import java.util.List;
import java.util.Optional;

/** The editions the service knows. */
public interface Editions {

  Optional<Edition> find(String id);

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
