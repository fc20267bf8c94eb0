/**
 * The OpenID Connect provider itself: sign-in, authorization code with PKCE for browsers, client
 * credentials for scripts, and tokens carrying the platform's roles.
 */
package org.imrf.identity.provider;
