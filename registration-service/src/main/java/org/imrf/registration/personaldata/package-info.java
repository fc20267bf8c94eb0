/** A participant's rights over their data: the export of everything held, and erasure. */
package org.imrf.registration.personaldata;
