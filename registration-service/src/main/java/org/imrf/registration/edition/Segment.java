package org.imrf.registration.edition;

import java.time.Instant;

/**
 * One part of the programme.
 *
 * @param kind hearing, round table, policy debate, plenary or side events
 * @param title its title
 * @param startsAt when it starts
 * @param endsAt when it ends, after it starts
 */
public record Segment(SegmentKind kind, String title, Instant startsAt, Instant endsAt) {}
