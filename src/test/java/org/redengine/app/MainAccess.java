package org.redengine.app;

/** Lets tests elsewhere see how the command line explains a failure. */
public final class MainAccess {
    private MainAccess() {
    }

    public static String explain(Exception e) {
        return Main.explain(e);
    }
}
