/**
 * The six UN languages: organiser-written text in each of them, the reader's language, and dates,
 * times and names written as each language writes them.
 */
package org.imrf.backbone.language;
