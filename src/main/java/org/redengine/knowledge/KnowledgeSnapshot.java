package org.redengine.knowledge;

import java.time.Instant;

/** One fully built generation of the knowledge base: what was loaded, its index, and its answerer. */
public record KnowledgeSnapshot(KnowledgeBase base, Answerer answerer, Instant builtAt, long buildMillis, int generation)
        implements AutoCloseable {

    /** Releases the index (for snapshots built outside the service, e.g. by the CLI). */
    @Override
    public void close() {
        answerer.index().close();
    }
}
