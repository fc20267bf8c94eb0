package org.imrf.registration.hearing;

import org.imrf.backbone.language.MultilingualText;

/**
 * A request to speak as organisers see it: with its session and the speaker's registration.
 *
 * @param request the request
 * @param sessionTitles its session's title in each UN language given
 * @param speaker who asks to speak
 * @param place while selected, the speaker's place in the session's running order, from 1; else
 *     null
 */
public record RequestView(
    SpeakerRequest request, MultilingualText sessionTitles, Speaker speaker, Integer place) {}
