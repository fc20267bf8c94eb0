/** Erasure: a participant who asked to be forgotten is forgotten here too. */
package org.imrf.notification.erasure;
