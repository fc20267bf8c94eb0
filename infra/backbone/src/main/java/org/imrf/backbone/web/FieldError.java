package org.imrf.backbone.web;

/**
 * One invalid field of a request, as listed under {@code errors} in a problem response.
 *
 * @param field the field's path in the request (e.g. {@code email}, {@code speakers[2].name}) or a
 *     parameter's name
 * @param message what is wrong with it, for people
 */
public record FieldError(String field, String message) {}
