package org.imrf.identity.provider;

import java.security.KeyPair;
import java.util.Optional;

/** Where the token signing key is kept between restarts. */
interface SigningKeyStore {

  /** The newest key, with its id. */
  Optional<StoredKey> newest();

  void add(StoredKey key);

  /** A signing key pair and the id tokens name it by. */
  record StoredKey(String keyId, KeyPair keys) {}
}
