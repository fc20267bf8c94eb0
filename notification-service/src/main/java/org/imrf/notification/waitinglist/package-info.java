/** The waiting list: someone promoted from it hears that their place in person is theirs. */
package org.imrf.notification.waitinglist;
