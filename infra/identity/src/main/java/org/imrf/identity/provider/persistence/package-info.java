/**
 * The signing keys and the authorizations (codes, refresh tokens) in identity-service's database.
 */
package org.imrf.identity.provider.persistence;
