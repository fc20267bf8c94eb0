/**
 * Personal data: each service's part of everything the platform holds about a participant, which
 * the gateway composes into the one export the participant downloads.
 */
package org.imrf.backbone.personaldata;
