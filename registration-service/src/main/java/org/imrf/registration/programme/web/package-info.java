/** The programme's page, rendered on the server as HTML: no script needed to read it. */
package org.imrf.registration.programme.web;
