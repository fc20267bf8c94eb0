/**
 * The platform's event contracts: topics, event types and their JSON Schemas, read from AsyncAPI.
 */
package org.imrf.contracts;
