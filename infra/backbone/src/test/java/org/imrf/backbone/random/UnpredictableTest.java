package org.imrf.backbone.random;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class UnpredictableTest {

  @Test
  void uuidsAreVersionFourAndNeverRepeatAcrossThreads() {
    Set<UUID> seen = ConcurrentHashMap.newKeySet();

    IntStream.range(0, 100_000).parallel().forEach(i -> seen.add(Unpredictable.uuid()));

    assertThat(seen).hasSize(100_000);
    assertThat(seen).allSatisfy(id -> assertThat(id.version()).isEqualTo(4));
    assertThat(seen).allSatisfy(id -> assertThat(id.variant()).isEqualTo(2));
    // the string form round-trips, as UUID.randomUUID()'s does
    UUID one = seen.iterator().next();
    assertThat(UUID.fromString(one.toString())).isEqualTo(one);
  }

  @Test
  void bytesDifferEachTime() {
    assertThat(Unpredictable.bytes(32)).isNotEqualTo(Unpredictable.bytes(32)).hasSize(32);
  }
}
