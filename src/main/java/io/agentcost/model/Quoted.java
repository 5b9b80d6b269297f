package io.agentcost.model;

import java.util.Locale;

/**
 * User text as it may appear in a message: control and invisible formatting characters (escape
 * sequences, right-to-left overrides, zero-width marks) written as \\uXXXX so a terminal shows
 * them instead of obeying them, and long text cut to a short excerpt so a 900 KB key does not
 * become a 900 KB message.
 */
public final class Quoted {

    /** Characters of user text quoted in a message. */
    public static final int EXCERPT = 60;

    private Quoted() {
    }

    /** Escaped and cut to {@link #EXCERPT} characters, with the full length said when cut. */
    public static String excerpt(String s) {
        return excerpt(s, EXCERPT);
    }

    public static String excerpt(String s, int max) {
        if (s == null) return "";
        if (s.length() <= max) return escape(s);
        int head = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        return escape(s.substring(0, head)) + "… (" + String.format(Locale.ROOT, "%,d", s.length()) + " characters)";
    }

    /** Control characters (C0, C1, DEL) and Unicode format characters (Cf, e.g. U+202E) as \\uXXXX; tab as \t. */
    public static String escape(String s) {
        if (s == null) return "";
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (visible(c)) {
                if (out != null) out.append(c);
                continue;
            }
            if (out == null) out = new StringBuilder(s.length() + 8).append(s, 0, i);
            if (c == '\t') out.append("\\t");
            else if (c == '\n') out.append("\\n");
            else if (c == '\r') out.append("\\r");
            else out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
        }
        return out == null ? s : out.toString();
    }

    /** True when the text has no control or invisible formatting character. */
    public static boolean isPlain(String s) {
        for (int i = 0; i < s.length(); i++) if (!visible(s.charAt(i))) return false;
        return true;
    }

    private static boolean visible(char c) {
        return !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT;
    }
}
