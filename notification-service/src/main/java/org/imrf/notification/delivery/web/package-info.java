/**
 * The deliveries API: where each notification stands on each channel, and counts for dashboards.
 */
package org.imrf.notification.delivery.web;
