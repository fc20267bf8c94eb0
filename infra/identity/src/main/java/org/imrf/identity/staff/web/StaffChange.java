package org.imrf.identity.staff.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** New roles and status for an account. */
record StaffChange(
    @NotNull @Size(max = 20) Set<@NotBlank @Size(max = 80) String> roles,
    @NotNull Boolean enabled) {}
