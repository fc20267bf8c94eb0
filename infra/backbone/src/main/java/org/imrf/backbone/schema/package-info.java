/** The backbone's own tables, migrated before the service's. */
package org.imrf.backbone.schema;
