package org.imrf.registration.hearing;

import java.util.Set;
import java.util.UUID;
import org.imrf.backbone.domain.Coded;

/**
 * Which requests to speak organisers ask for.
 *
 * @param editionId the edition
 * @param sessionId one session, or null for all
 * @param statuses any of these; empty for all
 * @param sort the order
 * @param descending whether in descending order
 * @param page from 0
 * @param size requests per page
 */
public record SpeakerRequestQuery(
    String editionId,
    UUID sessionId,
    Set<SpeakerRequest.Status> statuses,
    Sort sort,
    boolean descending,
    int page,
    int size) {

  public SpeakerRequestQuery {
    statuses = Set.copyOf(statuses);
  }

  /** What requests can be sorted by; ties are broken by when they were made. */
  public enum Sort implements Coded {
    REQUESTED_AT("requestedAt"),
    NAME("name"),
    ORGANISATION("organisation"),
    CATEGORY("category"),
    STATUS("status"),
    SESSION("session");

    private final String code;

    Sort(String code) {
      this.code = code;
    }

    @Override
    public String code() {
      return code;
    }
  }

  /** One page of requests, and how many match in all. */
  public record Page(java.util.List<RequestView> items, int page, int size, long total) {}
}
