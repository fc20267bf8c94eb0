/**
 * The few kinds of failure a domain names without knowing HTTP: the web error model answers each
 * with its problem details (404, 409).
 */
package org.imrf.backbone.problems;
