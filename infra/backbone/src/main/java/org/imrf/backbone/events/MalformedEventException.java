package org.imrf.backbone.events;

/**
 * A received message that is not a readable event of the platform (headers or payload): retrying
 * cannot help, so it goes to the dead-letter topic at once.
 */
public class MalformedEventException extends RuntimeException {

  public MalformedEventException(String message) {
    super(message);
  }

  public MalformedEventException(String message, Throwable cause) {
    super(message, cause);
  }
}
