/** The unsubscribe pages that email links lead to, public through the gateway. */
package org.imrf.notification.email.web;
