/** The web error model: every error is RFC 9457 problem details, with each invalid field named. */
package org.imrf.backbone.web;
