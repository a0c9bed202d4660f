package org.redengine.security;

/**
 * Spreadsheet formula injection: a cell starting with = + - @ (or a tab or carriage return) is a formula to Excel
 * and WPS, so text written where an admin may open it in a spreadsheet (report exports, the FAQ files the editor
 * writes) gets a leading apostrophe, which spreadsheets read as "this is text". Reading such a file back drops it.
 */
public final class FormulaCells {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private FormulaCells() {
    }

    public static String neutralise(String text) {
        return text != null && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** The text a neutralised cell stood for. */
    public static String restore(String cell) {
        return cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0
                ? cell.substring(1) : cell;
    }
}
