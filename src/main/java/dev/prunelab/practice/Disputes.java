package dev.prunelab.practice;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Which items of an attempt's feedback the learner has disputed, for the page to show "disputed" instead of a button. */
public record Disputes(Set<String> keys) {

    public static Disputes of(List<Dispute> disputes) {
        return new Disputes(
                disputes.stream().map(d -> key(d.kind.name(), d.itemId)).collect(Collectors.toSet()));
    }

    public boolean has(String kind, String item) {
        return keys.contains(key(kind, item));
    }

    private static String key(String kind, String item) {
        return kind.toLowerCase(Locale.ROOT) + ":" + item;
    }
}
