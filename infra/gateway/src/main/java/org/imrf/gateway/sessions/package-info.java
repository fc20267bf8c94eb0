/**
 * Ending sessions when what opened them loses its power: a staff account disabled or a role taken
 * away, a participant's access link revoked, the participant erased or their registration
 * cancelled. Sessions live in this instance's memory, so each instance hears every such event.
 */
package org.imrf.gateway.sessions;
