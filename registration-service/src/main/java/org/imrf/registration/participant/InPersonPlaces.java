package org.imrf.registration.participant;

/**
 * What registering, changing and cancelling need from the per-organisation in-person places; the
 * places feature provides it, so that registration depends on no feature that depends on it.
 */
public interface InPersonPlaces {

  /**
   * How someone who asked to attend in person attends, in the caller's transaction: in person if a
   * place is free, else as they chose.
   *
   * @throws InPersonPlacesTaken if the places are taken and they chose to be asked
   */
  Attendance claim(
      String editionId, Category category, String organisation, WhenInPersonFull whenFull);

  /**
   * Gives the organisation's free places to those waiting, first come first, in the caller's
   * transaction: after someone gave up their place (cancelled, was refused, went online, erased).
   */
  void released(String editionId, Category category, String organisation);

  /** How many in-person representatives each stakeholder organisation may send. */
  int cap();
}
