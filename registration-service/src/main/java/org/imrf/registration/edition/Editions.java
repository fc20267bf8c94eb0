package org.imrf.registration.edition;

import java.util.Optional;

/** The editions the service knows. */
public interface Editions {

  Optional<Edition> find(String id);
}
