package org.imrf.notification.edition;

import java.util.Optional;

/** The editions this service has heard of. */
interface KnownEditions {

  /** Adds an edition, or replaces its titles and (when given) its time zone. */
  void save(KnownEdition edition);

  Optional<KnownEdition> find(String id);
}
