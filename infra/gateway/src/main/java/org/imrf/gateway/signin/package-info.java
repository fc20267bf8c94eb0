/**
 * Signing in through the gateway: staff by OpenID Connect (authorization code with PKCE),
 * participants by opening their personal access link. The session, and the tokens, stay here.
 */
package org.imrf.gateway.signin;
