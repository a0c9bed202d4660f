package org.redengine.server;

/** What a WebSocket path does with its connections; implemented by a channel (the web chat). */
public interface LiveEndpoint {

    /** A text frame arrived; may block (it runs on a worker thread). */
    void onMessage(LiveConnection connection, String text);

    void onClose(LiveConnection connection);
}
