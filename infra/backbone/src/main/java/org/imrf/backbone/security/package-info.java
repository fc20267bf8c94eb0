/**
 * Who is calling, in every service: bearer JWTs from the platform's OpenID Connect provider (or any
 * other, by configuration), default-deny rules, 401 and 403 as problem details.
 */
package org.imrf.backbone.security;
