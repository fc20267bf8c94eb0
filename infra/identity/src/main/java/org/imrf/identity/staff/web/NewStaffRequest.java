package org.imrf.identity.staff.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** A staff account to create. The password is generated, never chosen by the organiser. */
@Schema(name = "NewStaffAccount")
record NewStaffRequest(
    @Schema(example = "chair.rt2")
        @NotBlank
        @Pattern(
            regexp = "[a-z0-9][a-z0-9._-]{1,63}",
            message = "must be 2 to 64 lower-case letters, digits, dots, dashes or underscores")
        String username,
    @Schema(example = "Ambassador of Bangladesh") @NotBlank @Size(max = 200) String displayName,
    @NotBlank
        @Size(max = 254)
        @Email(regexp = ".+@[^@\\s]+\\.[^@\\s]+", message = "must be an email address")
        String email,
    @Schema(
            description = "organiser, check-in, ops, chair:<round table>, host:<side event>",
            example = "[\"chair:round-table-2\"]")
        @NotEmpty
        @Size(max = 20)
        Set<@NotBlank @Size(max = 80) String> roles) {}
