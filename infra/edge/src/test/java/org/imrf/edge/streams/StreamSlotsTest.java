package org.imrf.edge.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class StreamSlotsTest {

  @Test
  void aCallerHoldsNoMoreThanItsShareWhileOthersStillGetTheirs() {
    StreamSlots slots = new StreamSlots(10);
    slots.take("desk-1", 2);
    slots.take("desk-1", 2);

    assertThatThrownBy(() -> slots.take("desk-1", 2))
        .isInstanceOfSatisfying(
            TooManyStreams.class,
            refused -> assertThat(refused.scope()).isEqualTo(TooManyStreams.Scope.CALLER));
    assertThat(slots.take("desk-2", 2).caller()).isEqualTo("desk-2");
    assertThat(slots.open()).isEqualTo(3);
    assertThat(slots.openBy("desk-1")).isEqualTo(2);
  }

  @Test
  void everyoneTogetherHoldsNoMoreThanTheTotal() {
    StreamSlots slots = new StreamSlots(3);
    for (int i = 0; i < 3; i++) {
      slots.take("viewer-" + i, 5);
    }

    assertThatThrownBy(() -> slots.take("viewer-9", 5))
        .isInstanceOfSatisfying(
            TooManyStreams.class,
            refused -> assertThat(refused.scope()).isEqualTo(TooManyStreams.Scope.ALL));
    assertThat(slots.openBy("viewer-9")).isZero();
    assertThat(slots.open()).isEqualTo(3);
  }

  @Test
  void aClosedStreamFreesItsSlotOnceHoweverOftenItIsClosed() {
    StreamSlots slots = new StreamSlots(2);
    StreamSlots.Slot first = slots.take("desk-1", 1);

    first.close();
    first.close();

    assertThat(slots.open()).isZero();
    assertThat(slots.openBy("desk-1")).isZero();
    slots.take("desk-1", 1);
    slots.take("desk-2", 1);
    assertThatThrownBy(() -> slots.take("desk-3", 1)).isInstanceOf(TooManyStreams.class);
  }

  @Test
  void callersRacingForTheLastSlotsNeverHoldMoreThanTheCaps() throws Exception {
    StreamSlots slots = new StreamSlots(5);
    AtomicInteger most = new AtomicInteger();
    AtomicInteger mostByOne = new AtomicInteger();
    ExecutorService callers = Executors.newFixedThreadPool(8);
    List<Future<?>> done = new ArrayList<>();
    for (int c = 0; c < 8; c++) {
      String caller = "caller-" + (c % 3);
      done.add(
          callers.submit(
              () -> {
                for (int i = 0; i < 2_000; i++) {
                  try (StreamSlots.Slot slot = slots.take(caller, 2)) {
                    most.accumulateAndGet(slots.open(), Math::max);
                    mostByOne.accumulateAndGet(slots.openBy(slot.caller()), Math::max);
                  } catch (TooManyStreams refused) {
                    // another caller got there first
                  }
                }
              }));
    }
    for (Future<?> caller : done) {
      caller.get(30, TimeUnit.SECONDS);
    }
    callers.shutdown();

    assertThat(most.get()).isBetween(1, 5);
    assertThat(mostByOne.get()).isBetween(1, 2);
    assertThat(slots.open()).isZero();
  }
}
