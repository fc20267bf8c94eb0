/**
 * Long-lived responses (server-sent event streams) counted per caller and in total, so that one
 * caller, or a crowd, cannot take every connection an entry point has.
 */
package org.imrf.edge.streams;
