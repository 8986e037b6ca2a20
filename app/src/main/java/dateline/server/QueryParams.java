package dateline.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Typed access to a request's query parameters: each bad value is a 400 naming the parameter, and an unknown
 * parameter is an error too (a misspelt filter would otherwise be silently ignored).
 */
final class QueryParams {
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9]{1,15}");

    private final Context ctx;

    QueryParams(Context ctx, Set<String> allowed) {
        this.ctx = ctx;
        check(ctx, allowed);
    }

    /**
     * Refuses unknown parameters and repeated ones: a second value would otherwise be silently dropped (the
     * filters take one value each).
     */
    static void check(Context ctx, Set<String> allowed) {
        for (Map.Entry<String, List<String>> e : ctx.queryParamMap().entrySet()) {
            String name = e.getKey();
            if (!allowed.contains(name)) {
                throw ApiError.badRequest("unknown parameter '" + CodeRoute.abbreviate(name) + "' (expected one of "
                        + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
            if (e.getValue().size() > 1) {
                throw ApiError.badRequest(name + ": given " + e.getValue().size() + " times; give it once");
            }
        }
    }

    /** One of {@code choices}, or {@code fallback} when absent. */
    String choice(String name, List<String> choices, String fallback) {
        String v = string(name);
        if (v == null) {
            return fallback;
        }
        String lower = v.toLowerCase(Locale.ROOT);
        if (!choices.contains(lower)) {
            throw ApiError.badRequest(name + ": '" + CodeRoute.abbreviate(v) + "' is not one of "
                    + String.join(", ", choices));
        }
        return lower;
    }

    /** A trimmed value, or null when absent or blank. */
    String string(String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        if (v.length() > 200) {
            throw ApiError.badRequest(name + ": value too long (limit 200 characters)");
        }
        return v.strip();
    }

    /** An actor or event code: letters and digits only, upper-cased. */
    String code(String name) {
        String v = string(name);
        if (v != null && !CODE.matcher(v).matches()) {
            throw ApiError.badRequest(name + ": '" + CodeRoute.abbreviate(v) + "' is not a code (letters and digits)");
        }
        return v == null ? null : v.toUpperCase(Locale.ROOT);
    }

    Integer integer(String name, int min, int max) {
        String v = string(name);
        if (v == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw ApiError.badRequest(name + ": " + n + " is outside " + min + "-" + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiError.badRequest(name + ": '" + CodeRoute.abbreviate(v) + "' is not a whole number");
        }
    }

    int integer(String name, int min, int max, int fallback) {
        Integer n = integer(name, min, max);
        return n == null ? fallback : n;
    }

    Double decimal(String name, double min, double max) {
        String v = string(name);
        if (v == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(v);
            if (!(d >= min && d <= max)) {
                throw ApiError.badRequest(name + ": " + v + " is outside " + min + " to " + max);
            }
            return d;
        } catch (NumberFormatException e) {
            throw ApiError.badRequest(name + ": '" + CodeRoute.abbreviate(v) + "' is not a number");
        }
    }

    LocalDate date(String name) {
        String v = string(name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest(name + ": '" + CodeRoute.abbreviate(v) + "' is not a date (YYYY-MM-DD)");
        }
    }

    boolean flag(String name) {
        String v = string(name);
        if (v == null) {
            return false;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw ApiError.badRequest(name + ": '" + CodeRoute.abbreviate(v) + "' is not true or false");
        };
    }

    /** Checks that {@code from} is not after {@code to}. */
    static void range(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiError.badRequest("from " + from + " is after to " + to);
        }
    }
}
