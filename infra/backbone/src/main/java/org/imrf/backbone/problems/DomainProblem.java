package org.imrf.backbone.problems;

import java.util.Map;

/** A failure a request caused, with a title for people and details for clients. */
public abstract sealed class DomainProblem extends RuntimeException
    permits DomainProblem.NotFound, DomainProblem.Conflict, DomainProblem.PreconditionFailed {

  private final String title;
  private final Map<String, Object> properties;

  private DomainProblem(String title, String detail, Map<String, Object> properties) {
    super(detail);
    this.title = title;
    this.properties = Map.copyOf(properties);
  }

  public String title() {
    return title;
  }

  /** Extra members of the problem details, e.g. the edition that does not exist. */
  public Map<String, Object> properties() {
    return properties;
  }

  /** Nothing of that kind exists, or none the caller may know of: 404. */
  public abstract static non-sealed class NotFound extends DomainProblem {
    protected NotFound(String title, String detail) {
      this(title, detail, Map.of());
    }

    protected NotFound(String title, String detail, Map<String, Object> properties) {
      super(title, detail, properties);
    }
  }

  /** The request contradicts what exists: 409. */
  public abstract static non-sealed class Conflict extends DomainProblem {
    protected Conflict(String title, String detail) {
      this(title, detail, Map.of());
    }

    protected Conflict(String title, String detail, Map<String, Object> properties) {
      super(title, detail, properties);
    }
  }

  /** What the caller read has changed since (If-Match no longer holds): 412. */
  public abstract static non-sealed class PreconditionFailed extends DomainProblem {
    protected PreconditionFailed(String title, String detail) {
      super(title, detail, Map.of());
    }
  }
}
