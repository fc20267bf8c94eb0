/** sideevent-service: one package per feature, as in registration-service. */
package org.imrf.sideevent;
