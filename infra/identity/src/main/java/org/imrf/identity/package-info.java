/**
 * identity-service: the OpenID Connect provider that {@code ./forum up} runs (production points the
 * services at a Keycloak realm instead). One package per feature.
 */
package org.imrf.identity;
