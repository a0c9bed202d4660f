package org.redengine.core;

import java.time.Duration;

/** Where a module's periodic work runs: only once the server is ready, and a failure is logged, never fatal. */
public interface Timers {

    void every(String name, Duration initialDelay, Duration period, Runnable task);
}
