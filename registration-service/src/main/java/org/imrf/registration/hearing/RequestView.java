package org.imrf.registration.hearing;

/**
 * A request to speak as organisers see it: with its session and the speaker's registration.
 *
 * @param request the request
 * @param sessionTitle its session's title
 * @param speaker who asks to speak
 * @param place while selected, the speaker's place in the session's running order, from 1; else
 *     null
 */
public record RequestView(
    SpeakerRequest request, String sessionTitle, Speaker speaker, Integer place) {}
