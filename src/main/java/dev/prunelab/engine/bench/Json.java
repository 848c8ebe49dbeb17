package dev.prunelab.engine.bench;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Minimal JSON writer for the benchmark's one-line reports (strings, numbers, lists and maps). */
final class Json {

    private Json() {}

    /** Renders a map (insertion order kept) as one JSON object. */
    static String object(Map<String, ?> fields) {
        StringBuilder out = new StringBuilder("{");
        Iterator<? extends Map.Entry<String, ?>> it = fields.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<String, ?> e = it.next();
            out.append(quote(e.getKey())).append(": ").append(value(e.getValue()));
            if (it.hasNext()) {
                out.append(", ");
            }
        }
        return out.append('}').toString();
    }

    @SuppressWarnings("unchecked")
    private static String value(Object v) {
        if (v instanceof Map) {
            return object((Map<String, ?>) v);
        }
        if (v instanceof List) {
            StringBuilder out = new StringBuilder("[");
            List<?> list = (List<?>) v;
            for (int i = 0; i < list.size(); i++) {
                out.append(i > 0 ? ", " : "").append(value(list.get(i)));
            }
            return out.append(']').toString();
        }
        if (v instanceof Double || v instanceof Float) {
            return String.format(Locale.ROOT, "%s", ((Number) v).doubleValue());
        }
        if (v instanceof Number || v instanceof Boolean) {
            return v.toString();
        }
        return quote(String.valueOf(v));
    }

    private static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** Rounds to a fixed number of decimals, as the reference scripts do with {@code round(x, d)}. */
    static double round(double x, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(x * scale) / scale;
    }
}
