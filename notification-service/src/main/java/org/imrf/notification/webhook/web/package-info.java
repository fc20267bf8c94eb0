/** The webhooks API: organisers register, change, rotate the secrets of and remove endpoints. */
package org.imrf.notification.webhook.web;
