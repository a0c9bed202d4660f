package org.redengine.knowledge.semantic;

/** Turns a sentence into a unit-length vector whose dot product with another says how close they are in meaning. */
public interface SentenceEncoder {

    /**
     * @param query a member's question (retrieval models encode questions with an instruction of their own),
     *              rather than a knowledge-base sentence
     * @return the vector, length one; or null when the encoder is not available
     */
    float[] encode(String text, boolean query);

    /** Names the model: cached vectors of another model are never reused. */
    String modelId();

    /** No semantic matching (a build without the model, or a failure to load it). */
    SentenceEncoder NONE = new SentenceEncoder() {
        @Override
        public float[] encode(String text, boolean query) {
            return null;
        }

        @Override
        public String modelId() {
            return "none";
        }
    };
}
