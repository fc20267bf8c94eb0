/** Well-formed text: strict UTF-8, and JSON strings that hold whole characters only. */
package org.imrf.edge.encoding;
