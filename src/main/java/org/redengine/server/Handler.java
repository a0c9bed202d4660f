package org.redengine.server;

/** Handles one request. May block (it runs off the event loop unless its route says it is cheap). */
@FunctionalInterface
public interface Handler {
    Response handle(Request request) throws Exception;
}
