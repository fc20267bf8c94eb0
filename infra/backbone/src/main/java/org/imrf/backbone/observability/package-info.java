/** Health and metrics conventions shared by every service. */
package org.imrf.backbone.observability;
