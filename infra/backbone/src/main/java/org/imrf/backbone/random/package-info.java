/** Unpredictable ids, tokens and nonces, without one lock shared by every request thread. */
package org.imrf.backbone.random;
