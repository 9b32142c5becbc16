package org.orrery.tsfile.tool;

import java.nio.charset.StandardCharsets;

/** How the canonical dump prints values. */
final class ValueText {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private ValueText() {
    }

    static void hex(StringBuilder sb, byte[] bytes) {
        for (byte b : bytes) {
            sb.append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
        }
    }

    static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder(bytes.length * 2);
        hex(sb, bytes);
        return sb.toString();
    }

    /**
     * A UTF-8 text as a JSON-style quoted string: {@code "} and {@code \} escaped, newline,
     * carriage return and tab as {@code \n \r \t}, other control characters and DEL as
     * {@code \}{@code uXXXX}; everything else verbatim.
     */
    static void quoted(StringBuilder sb, byte[] utf8) {
        String s = new String(utf8, StandardCharsets.UTF_8);
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"':
                    sb.append("\\\"");
                    break;
                case '\\':
                    sb.append("\\\\");
                    break;
                case '\n':
                    sb.append("\\n");
                    break;
                case '\r':
                    sb.append("\\r");
                    break;
                case '\t':
                    sb.append("\\t");
                    break;
                default:
                    if (c < 0x20 || c == 0x7f) {
                        sb.append("\\u");
                        for (int shift = 12; shift >= 0; shift -= 4) {
                            sb.append(HEX[(c >> shift) & 0xF]);
                        }
                    } else {
                        sb.append(c);
                    }
            }
        }
        sb.append('"');
    }
}
