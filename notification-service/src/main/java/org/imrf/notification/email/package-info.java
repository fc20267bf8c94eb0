/**
 * Email: each notification as a multipart message (its text, and the same as HTML in the reader's
 * language and direction) through the SMTP relay; one-click unsubscribe links (RFC 8058) that turn
 * email off for one kind of message without signing in.
 */
package org.imrf.notification.email;
