package org.orrery.tsfile.cli;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Locale;
import org.orrery.common.type.DataType;

/**
 * How CSV cells map to TsFile values, in both directions, so that {@code export-csv} followed by
 * {@code import-csv} gives back the same values bit for bit:
 * BOOLEAN {@code true/false}; INT32, INT64, TIMESTAMP decimal; FLOAT/DOUBLE Java's shortest
 * round-trip text ({@code NaN}, {@code Infinity}, {@code -0.0} included); DATE {@code yyyy-MM-dd}
 * (an int that is not a calendar date is written as the int, which is also accepted on input);
 * TEXT/STRING the text; BLOB {@code 0x} + hex. Timestamps are integers in the file's unit; on
 * input ISO-8601 date-times ({@code 2016-07-01 00:00:00}, {@code 2016-07-01T00:00:00.5+02:00})
 * are accepted too and become epoch milliseconds.
 */
final class CsvValues {
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final DateTimeFormatter LOCAL_DATE_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendOffsetId().optionalEnd()
            .toFormatter(Locale.ROOT);

    private CsvValues() {
    }

    /** A time cell: an integer, or an ISO-8601 date-time read in {@code zone} when it has no offset. */
    static long parseTime(String text, ZoneId zone) {
        String t = text.trim();
        if (!t.isEmpty() && (Character.isDigit(t.charAt(0)) || t.charAt(0) == '-') && isInteger(t)) {
            return Long.parseLong(t);
        }
        try {
            var parsed = LOCAL_DATE_TIME.parse(t);
            LocalDateTime local = LocalDateTime.of(LocalDate.from(parsed),
                    java.time.LocalTime.from(parsed));
            if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
                return OffsetDateTime.of(local, java.time.ZoneOffset.ofTotalSeconds(
                        parsed.get(ChronoField.OFFSET_SECONDS))).toInstant().toEpochMilli();
            }
            return local.atZone(zone).toInstant().toEpochMilli();
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("time '" + text + "' is neither an integer nor an ISO-8601 date-time");
        }
    }

    private static boolean isInteger(String t) {
        int start = t.charAt(0) == '-' ? 1 : 0;
        if (start == t.length() || t.length() - start > 19) {
            return false;
        }
        for (int i = start; i < t.length(); i++) {
            if (!Character.isDigit(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Parses a non-null cell as {@code type}: a Boolean, Integer (INT32, DATE), Long (INT64,
     * TIMESTAMP), Float, Double or byte[] (TEXT, STRING, BLOB).
     *
     * @throws IllegalArgumentException naming the text and the type
     */
    static Object parse(String text, DataType type) {
        try {
            switch (type) {
                case BOOLEAN: {
                    String t = text.trim().toLowerCase(Locale.ROOT);
                    if (t.equals("true")) {
                        return Boolean.TRUE;
                    }
                    if (t.equals("false")) {
                        return Boolean.FALSE;
                    }
                    throw new IllegalArgumentException();
                }
                case INT32:
                    return Integer.parseInt(text.trim());
                case DATE:
                    return parseDate(text.trim());
                case INT64:
                case TIMESTAMP:
                    return Long.parseLong(text.trim());
                case FLOAT:
                    return Float.parseFloat(text.trim());
                case DOUBLE:
                    return Double.parseDouble(text.trim());
                case BLOB:
                    return parseHex(text.trim());
                default:
                    return text.getBytes(StandardCharsets.UTF_8);
            }
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a " + type + " value");
        }
    }

    private static int parseDate(String t) {
        if (t.length() == 10 && t.charAt(4) == '-') {
            LocalDate d = LocalDate.parse(t);
            return d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
        }
        return Integer.parseInt(t);
    }

    private static byte[] parseHex(String t) {
        if (!t.startsWith("0x") && !t.startsWith("0X") || (t.length() & 1) != 0) {
            throw new IllegalArgumentException();
        }
        byte[] out = new byte[(t.length() - 2) / 2];
        for (int i = 0; i < out.length; i++) {
            int hi = Character.digit(t.charAt(2 + 2 * i), 16);
            int lo = Character.digit(t.charAt(3 + 2 * i), 16);
            if (hi < 0 || lo < 0) {
                throw new IllegalArgumentException();
            }
            out[i] = (byte) (hi << 4 | lo);
        }
        return out;
    }

    /** The cell text of a DATE value ({@code yyyyMMdd} int). */
    static String formatDate(int yyyymmdd) {
        int y = yyyymmdd / 10000;
        int m = yyyymmdd / 100 % 100;
        int d = yyyymmdd % 100;
        try {
            if (yyyymmdd > 0) {
                return LocalDate.of(y, m, d).toString();
            }
        } catch (DateTimeException notADate) {
            // fall through: keep the stored int, which parse() accepts back
        }
        return Integer.toString(yyyymmdd);
    }

    /** {@code 0x} + lower-case hex. */
    static String formatHex(byte[] bytes) {
        StringBuilder sb = new StringBuilder(2 + 2 * bytes.length).append("0x");
        for (byte b : bytes) {
            sb.append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
        }
        return sb.toString();
    }

    /** The narrowest type among BOOLEAN, INT64, DOUBLE, TEXT that a value's text fits. */
    static DataType guess(String text) {
        String t = text.trim();
        if (t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false")) {
            return DataType.BOOLEAN;
        }
        if (!t.isEmpty() && isInteger(t)) {
            try {
                Long.parseLong(t);
                return DataType.INT64;
            } catch (NumberFormatException tooBig) {
                return DataType.DOUBLE;
            }
        }
        if (looksNumeric(t)) {
            try {
                Double.parseDouble(t);
                return DataType.DOUBLE;
            } catch (NumberFormatException e) {
                return DataType.TEXT;
            }
        }
        return DataType.TEXT;
    }

    /** Digits, sign, point, exponent or the special names; excludes Java's hex and 'd'/'f' suffixes. */
    private static boolean looksNumeric(String t) {
        if (t.isEmpty()) {
            return false;
        }
        String u = t.startsWith("-") || t.startsWith("+") ? t.substring(1) : t;
        if (u.equals("NaN") || u.equals("Infinity")) {
            return true;
        }
        boolean digit = false;
        for (int i = 0; i < u.length(); i++) {
            char c = u.charAt(i);
            if (Character.isDigit(c)) {
                digit = true;
            } else if (c != '.' && c != 'e' && c != 'E' && c != '-' && c != '+') {
                return false;
            }
        }
        return digit;
    }

    /** The common type of two guesses: BOOLEAN and numbers only mix into TEXT; INT64 widens to DOUBLE. */
    static DataType widen(DataType a, DataType b) {
        if (a == null || a == b) {
            return b;
        }
        if ((a == DataType.INT64 && b == DataType.DOUBLE) || (a == DataType.DOUBLE && b == DataType.INT64)) {
            return DataType.DOUBLE;
        }
        return DataType.TEXT;
    }
}
