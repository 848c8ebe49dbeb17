package dev.prunelab.lab.spec;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** One of a closed set of experiment settings (an enum constant), with the id requests, forms and pages use. */
public interface Choice {

    /** The constant's name, as every enum has. */
    String name();

    /** The id in JSON and forms: the name in lower case with dashes ({@code one-shot}), unless a choice says else. */
    default String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant with this id. */
    static <E extends Enum<E> & Choice> Optional<E> parse(Class<E> type, String id) {
        return Arrays.stream(type.getEnumConstants())
                .filter(c -> c.id().equals(id))
                .findFirst();
    }

    /** Every id, in declaration order. */
    static <E extends Enum<E> & Choice> List<String> ids(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Choice::id).toList();
    }
}
