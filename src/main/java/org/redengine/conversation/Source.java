package org.redengine.conversation;

/**
 * Where an answer comes from.
 *
 * @param title   the FAQ question or article title
 * @param source  the reference the knowledge entry names (e.g. 《中国共产党简史》)
 * @param excerpt the passage the answer was taken from
 */
public record Source(String title, String source, String excerpt) {
}
