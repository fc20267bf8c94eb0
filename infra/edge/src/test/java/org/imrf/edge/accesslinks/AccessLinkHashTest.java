package org.imrf.edge.accesslinks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccessLinkHashTest {

  @Test
  void isTheSha256OfTheTokenInLowerCaseHexAsStoredHashesWereWritten() {
    // the standard SHA-256 test vector, and a token as registration-service draws them, hashed by
    // sha256sum: the hashes already stored and published were written this way
    assertThat(AccessLinkHash.of("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(AccessLinkHash.of("Kx3vQ9mZ_pL2-wT7yR4nB8cF1hJ6dS0a"))
        .isEqualTo("54bdaa7c59e1d31771ee4d2db5b922bd803c8bdb6c2267be4ebae1f37c9aaae7");
  }
}
