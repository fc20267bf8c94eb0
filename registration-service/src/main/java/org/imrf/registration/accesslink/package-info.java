/** Personal access links: issued, first used, superseded, revoked; only their hashes are kept. */
package org.imrf.registration.accesslink;
