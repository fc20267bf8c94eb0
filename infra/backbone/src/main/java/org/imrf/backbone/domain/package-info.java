/**
 * What every aggregate shares: it records the events its commands cause; its state follows from
 * them ({@link org.imrf.backbone.domain.Aggregate}) or is loaded as stored ({@link
 * org.imrf.backbone.domain.StoredAggregate}).
 */
package org.imrf.backbone.domain;
