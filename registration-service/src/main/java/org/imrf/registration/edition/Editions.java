package org.imrf.registration.edition;

import java.util.Optional;

/** The editions the service knows, as other features read them. */
public interface Editions {

  Optional<Edition> find(String id);
}
