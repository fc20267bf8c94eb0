/**
 * The informal interactive multi-stakeholder hearing: accredited stakeholders ask to speak in one
 * of its thematic sessions; organisers choose a balanced list of speakers and set its running
 * order.
 */
package org.imrf.registration.hearing;
