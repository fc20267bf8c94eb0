/** The platform on one command: {@code ./forum up | down | status}. */
package org.imrf.launcher;
