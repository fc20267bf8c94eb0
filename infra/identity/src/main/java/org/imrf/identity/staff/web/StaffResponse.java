package org.imrf.identity.staff.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import org.imrf.identity.staff.StaffAccount;

/** A staff account as organisers see it: never its password hash. */
@Schema(name = "StaffAccount")
@JsonInclude(JsonInclude.Include.NON_NULL)
record StaffResponse(
    String username,
    String displayName,
    String email,
    Set<String> roles,
    boolean enabled,
    Instant createdAt,
    String createdBy,
    @Schema(description = "Only in the answer that creates the account: give it to its owner")
        String initialPassword) {

  static StaffResponse of(StaffAccount account, String initialPassword) {
    return new StaffResponse(
        account.username(),
        account.displayName(),
        account.email(),
        new TreeSet<>(account.roles()),
        account.enabled(),
        account.createdAt(),
        account.createdBy(),
        initialPassword);
  }
}
