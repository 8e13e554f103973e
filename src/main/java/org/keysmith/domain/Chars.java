package org.keysmith.domain;

/** Small character-class helpers shared by the input rules. */
final class Chars {
    private Chars() {
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiLetter(c) || isAsciiDigit(c);
    }

    /** Printable ASCII other than letters, digits and space: {@code ! " # ... ~}. */
    static boolean isAsciiSymbol(char c) {
        return c > ' ' && c < 0x7f && !isAsciiLetterOrDigit(c);
    }

    static int firstNotAsciiLetterOrDigit(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isAsciiLetterOrDigit(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** How to name a character in a message: {@code "the space"}, {@code "'-'"}, {@code "U+00E9 'é'"}. */
    static String describe(char c) {
        if (c == ' ') {
            return "the space";
        }
        if (Character.isWhitespace(c) || Character.isISOControl(c)) {
            return String.format("the invisible character U+%04X", (int) c);
        }
        if (c >= 0x7f) {
            return String.format("'%c' (U+%04X)", c, (int) c);
        }
        return "'" + c + "'";
    }
}
