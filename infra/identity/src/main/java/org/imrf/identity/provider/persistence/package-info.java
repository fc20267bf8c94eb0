/** The signing keys in identity-service's database. */
package org.imrf.identity.provider.persistence;
