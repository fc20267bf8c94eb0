/**
 * Editions as this service knows them, from registration-service's edition events: their titles in
 * every language given, so that messages name an edition in the reader's language.
 */
package org.imrf.notification.edition;
