package org.imrf.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.assertj.core.api.AbstractThrowableAssert;
import org.imrf.backbone.domain.Aggregate;
import org.imrf.backbone.domain.RecordsEvents;

/**
 * A rule told as a story, without Spring: given these past events, when this command, then these
 * events, or a refusal.
 *
 * <pre>{@code
 * given(Accreditation::new, requested, provisionallyApproved)
 *     .when(a -> a.object(state, reason, now))
 *     .then(new AccreditationObjected(...));
 * }</pre>
 *
 * <p>An aggregate loaded from stored state starts from that state instead: {@code givenStored(new
 * Participation(participant)).when(...)}.
 */
public final class AggregateScenario<A extends RecordsEvents<E>, E> {

  private final A aggregate;

  private AggregateScenario(A aggregate) {
    this.aggregate = aggregate;
  }

  /** An aggregate built by {@code fresh} and brought to the state the history leads to. */
  @SafeVarargs
  public static <A extends Aggregate<E>, E> AggregateScenario<A, E> given(
      Supplier<A> fresh, E... history) {
    A aggregate = fresh.get();
    aggregate.replay(List.of(history));
    return new AggregateScenario<>(aggregate);
  }

  /** An aggregate loaded as its repository would load it, from stored state. */
  public static <A extends RecordsEvents<E>, E> AggregateScenario<A, E> givenStored(A stored) {
    return new AggregateScenario<>(stored);
  }

  /** The aggregate as it is now (to read its state after a command). */
  public A aggregate() {
    return aggregate;
  }

  public Outcome<A, E> when(Consumer<A> command) {
    return new Outcome<>(aggregate, command);
  }

  /** What a command did: the events it recorded, or the exception it refused with. */
  public static final class Outcome<A extends RecordsEvents<E>, E> {
    private final A aggregate;
    private final Consumer<A> command;

    private Outcome(A aggregate, Consumer<A> command) {
      this.aggregate = aggregate;
      this.command = command;
    }

    /** Exactly these events, in this order (records compare by value). */
    @SafeVarargs
    public final A then(E... expected) {
      command.accept(aggregate);
      assertThat(aggregate.recordedEvents()).containsExactly(expected);
      return aggregate;
    }

    /** The events, for assertions that compare only some components. */
    public List<E> thenEvents() {
      command.accept(aggregate);
      return aggregate.recordedEvents();
    }

    /** Refused with this exception type, and nothing recorded. */
    public AbstractThrowableAssert<?, ? extends Throwable> thenRefused(
        Class<? extends Throwable> refusal) {
      var thrown = assertThatThrownBy(() -> command.accept(aggregate)).isInstanceOf(refusal);
      assertThat(aggregate.recordedEvents()).as("events recorded by a refused command").isEmpty();
      return thrown;
    }
  }
}
