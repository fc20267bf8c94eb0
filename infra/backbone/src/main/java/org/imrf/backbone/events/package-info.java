/** Events as the platform writes them: versioned types and CloudEvents attributes. */
package org.imrf.backbone.events;
