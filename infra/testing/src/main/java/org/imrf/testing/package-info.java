/** Test support shared by every service: real infrastructure, topic probes, contracts, rules. */
package org.imrf.testing;
