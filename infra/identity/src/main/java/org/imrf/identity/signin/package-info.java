/**
 * Signing in with a password (staff, on the sign-in page) or a client secret (scripts and the
 * gateway, at the token endpoint), and the throttle that keeps guessing slow and cheap: refused
 * attempts are answered before any password hash is computed.
 */
package org.imrf.identity.signin;
