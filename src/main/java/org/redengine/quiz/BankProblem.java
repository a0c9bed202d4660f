package org.redengine.quiz;

/** A row (or a whole file) of a quiz bank that was left out, and why. */
public record BankProblem(String file, int row, String reason) {
    @Override
    public String toString() {
        return row > 0 ? file + " 第" + row + "行：" + reason : file + "：" + reason;
    }
}
