package org.imrf.identity.staff.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.imrf.backbone.security.Caller;
import org.imrf.backbone.web.FieldError;
import org.imrf.backbone.web.InvalidFields;
import org.imrf.identity.staff.StaffDirectory;
import org.imrf.identity.staff.StaffRoles;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@Tag(name = "Staff accounts", description = "Organisers create staff and give them roles")
@SecurityRequirement(name = "bearer")
@RestController
@RequestMapping("/staff")
class StaffController {

  private final StaffDirectory directory;

  StaffController(StaffDirectory directory) {
    this.directory = directory;
  }

  @Operation(summary = "Create a staff account; the answer holds its initial password, once")
  @PostMapping
  ResponseEntity<StaffResponse> create(@Valid @RequestBody NewStaffRequest request) {
    requireStaffRoles(request.roles());
    var created =
        directory.create(
            request.username(),
            request.displayName(),
            request.email(),
            request.roles(),
            Caller.current().actor());
    return ResponseEntity.created(
            ServletUriComponentsBuilder.fromCurrentRequest()
                .path("/{username}")
                .buildAndExpand(created.account().username())
                .toUri())
        .body(StaffResponse.of(created.account(), created.initialPassword()));
  }

  @Operation(summary = "Every staff account")
  @GetMapping
  List<StaffResponse> all() {
    return directory.all().stream().map(account -> StaffResponse.of(account, null)).toList();
  }

  @Operation(
      summary = "Change an account's roles, or disable it",
      description =
          "Disabling an account or taking a role away ends its sign-ins at once: its refresh"
              + " tokens no longer renew, and the gateway ends its sessions.")
  @PatchMapping("/{username}")
  StaffResponse change(@PathVariable String username, @Valid @RequestBody StaffChange change) {
    requireStaffRoles(change.roles());
    return StaffResponse.of(
        directory.change(username, change.roles(), change.enabled(), Caller.current().actor()),
        null);
  }

  private static void requireStaffRoles(java.util.Collection<String> roles) {
    List<String> problems = StaffRoles.problems(roles);
    if (!problems.isEmpty()) {
      throw new InvalidFields(
          problems.stream().map(message -> new FieldError("roles", message)).toList());
    }
  }
}
