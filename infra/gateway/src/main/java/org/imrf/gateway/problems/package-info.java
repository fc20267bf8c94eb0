/**
 * The gateway's error model: every error the gateway answers itself is RFC 9457 problem details
 * ({@code application/problem+json}) with a detail a caller can act on; a browser that asks for a
 * page gets the same as a page. Other gateway code throws {@link
 * org.imrf.gateway.problems.GatewayProblem} or writes through {@link
 * org.imrf.gateway.problems.ProblemResponses}.
 */
package org.imrf.gateway.problems;
