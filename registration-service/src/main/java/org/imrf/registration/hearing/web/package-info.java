/** The hearing API: its programme for everyone, requests to speak, selection and running order. */
package org.imrf.registration.hearing.web;
