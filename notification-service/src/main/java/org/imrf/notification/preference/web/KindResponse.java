package org.imrf.notification.preference.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** A kind of message a participant can choose channels for. */
@Schema(name = "KindOfMessage")
record KindResponse(
    @Schema(description = "Its code, a key of the channels in preferences") String kind,
    @Schema(description = "Its name, in the language asked for") String name,
    @Schema(description = "Whether it always goes by email immediately, whatever is chosen")
        boolean alwaysByEmail) {}
