package org.imrf.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.imrf.testing.AggregateScenario.given;

import org.imrf.backbone.domain.Aggregate;
import org.junit.jupiter.api.Test;

class AggregateScenarioTest {

  record Opened(int capacity) {}

  record Taken(String who) {}

  static final class Room extends Aggregate<Object> {
    int free;

    void take(String who) {
      if (free == 0) {
        throw new IllegalStateException("the room is full");
      }
      record(new Taken(who));
    }

    @Override
    protected void apply(Object event) {
      if (event instanceof Opened opened) {
        free = opened.capacity();
      } else if (event instanceof Taken) {
        free--;
      }
    }
  }

  @Test
  void aCommandOnTheReplayedStateRecordsItsEvents() {
    var room =
        given(Room::new, new Opened(2), new Taken("ana"))
            .when(r -> r.take("bo"))
            .then(new Taken("bo"));
    assertThat(room.free).isZero();
  }

  @Test
  void aRefusalRecordsNothing() {
    given(Room::new, new Opened(1), new Taken("ana"))
        .when(r -> r.take("bo"))
        .thenRefused(IllegalStateException.class)
        .hasMessage("the room is full");
  }

  @Test
  void otherEventsThanExpectedFailTheScenario() {
    assertThatThrownBy(
            () -> given(Room::new, new Opened(1)).when(r -> r.take("bo")).then(new Taken("ana")))
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void anExpectedRefusalThatDoesNotHappenFailsTheScenario() {
    assertThatThrownBy(
            () ->
                given(Room::new, new Opened(1))
                    .when(r -> r.take("bo"))
                    .thenRefused(IllegalStateException.class))
        .isInstanceOf(AssertionError.class);
  }
}
