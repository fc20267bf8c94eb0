/** The hearing: speakers hear whether they were selected, with their turn, or why not. */
package org.imrf.notification.hearing;
