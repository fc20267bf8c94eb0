/** Personal access links as every part of the platform names them: by the hash of their token. */
package org.imrf.edge.accesslinks;
