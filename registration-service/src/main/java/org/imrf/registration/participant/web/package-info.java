/**
 * The participants API. Its JSON of a participant and the rule of who acts for one are shared with
 * the controllers of the other participant features, which show the same participant.
 */
@NamedInterface("web")
package org.imrf.registration.participant.web;

import org.springframework.modulith.NamedInterface;
