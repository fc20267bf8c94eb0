package org.imrf.devservices.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PortsTest {

  @Test
  void portsChosenTogetherAreAllDifferent() {
    for (int round = 0; round < 20; round++) {
      int[] ports = Ports.free(10);

      assertThat(Arrays.stream(ports).distinct().count()).isEqualTo(10);
      assertThat(Arrays.stream(ports).filter(Ports::listening)).isEmpty();
    }
  }
}
