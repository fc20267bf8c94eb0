package org.imrf.edge.limits;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** How many requests each client address has in progress, up to a cap per address. */
class ClientRequests {

  private final int perClient;
  private final ConcurrentMap<String, Integer> inProgress = new ConcurrentHashMap<>();

  ClientRequests(int perClient) {
    this.perClient = perClient;
  }

  /** Counts one more request of {@code client}, unless it already has as many as it may. */
  boolean tryStart(String client) {
    if (perClient <= 0) {
      return true;
    }
    boolean[] started = {false};
    inProgress.compute(
        client,
        (address, count) -> {
          int current = count == null ? 0 : count;
          if (current >= perClient) {
            return count;
          }
          started[0] = true;
          return current + 1;
        });
    return started[0];
  }

  void finish(String client) {
    inProgress.computeIfPresent(client, (address, count) -> count <= 1 ? null : count - 1);
  }

  int perClient() {
    return perClient;
  }
}
