/** A participant's personal-data export: every service's part, composed at the edge. */
package org.imrf.gateway.personaldata;
