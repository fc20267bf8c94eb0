/** What every aggregate shares: its state follows from the events it records. */
package org.imrf.backbone.domain;
