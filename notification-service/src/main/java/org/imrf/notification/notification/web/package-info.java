/** The notifications API. */
package org.imrf.notification.notification.web;
