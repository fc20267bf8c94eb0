package org.imrf.contracts;

/**
 * One way a message departs from its contract.
 *
 * @param part {@code payload}, {@code headers} or {@code type}
 * @param location where in that part (a JSON path)
 * @param message what is wrong
 */
public record ContractViolation(String part, String location, String message) {

  @Override
  public String toString() {
    return part + " " + location + ": " + message;
  }
}
