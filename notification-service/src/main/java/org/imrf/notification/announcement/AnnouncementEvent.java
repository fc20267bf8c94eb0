package org.imrf.notification.announcement;

import org.imrf.backbone.events.DomainEvent;

/** What becomes of an announcement that others hear of. */
sealed interface AnnouncementEvent extends DomainEvent permits AnnouncementSent {}
