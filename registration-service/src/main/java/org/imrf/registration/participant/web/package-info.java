/** The participants API. */
package org.imrf.registration.participant.web;
