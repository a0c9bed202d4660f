package org.redengine.knowledge;

/** A file or line of the knowledge base that could not be used, and why (shown to admins, then skipped). */
public record LoadProblem(String file, int line, String reason) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + reason : file + ": " + reason;
    }
}
