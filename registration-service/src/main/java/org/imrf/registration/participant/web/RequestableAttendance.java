package org.imrf.registration.participant.web;

import org.imrf.backbone.domain.Coded;
import org.imrf.registration.participant.Attendance;

/** The ways of attending a participant may ask for: the waiting list is offered, not asked for. */
enum RequestableAttendance implements Coded {
  IN_PERSON(Attendance.IN_PERSON),
  ONLINE(Attendance.ONLINE);

  private final Attendance attendance;

  RequestableAttendance(Attendance attendance) {
    this.attendance = attendance;
  }

  @Override
  public String code() {
    return attendance.code();
  }
}
