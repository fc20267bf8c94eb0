/** Child JVMs and ports for the dev services. */
package org.imrf.devservices.process;
