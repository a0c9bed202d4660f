package org.redengine.knowledge;

import java.time.Instant;

/** One fully built generation of the knowledge base: what was loaded, its index, and its answerer. */
public record KnowledgeSnapshot(KnowledgeBase base, Answerer answerer, Instant builtAt, long buildMillis, int generation) {
}
