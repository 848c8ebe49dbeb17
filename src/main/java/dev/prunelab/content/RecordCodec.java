package dev.prunelab.content;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A binary codec for records, derived from their components: each record is its components in declaration order, read
 * back through its canonical constructor. What a component may be: {@code String}, {@code int}, {@code long},
 * {@code double}, {@code boolean}, an enum, a record, or a {@code List} of any of these. Another type is refused when
 * the codec is made, so a record the snapshot cannot hold fails the build, not a start.
 *
 * <p>Layout, on {@link DataOutput}: a string is its UTF-8 length and bytes (lesson HTML is beyond {@code writeUTF}'s
 * 64 KB), a list its size and items, an enum its constant's name; a length of -1 stands for null. A record that is a
 * component follows a presence byte; a record in a list does not (the loader puts no nulls in lists). Numbers and
 * booleans are written as such.
 *
 * <p>It reads in the cold JVM of start-up, so it sticks to plain loops and core reflection (no streams, lambdas or
 * method handles: each of those spins classes on first use), and it looks a codec up only when it is made.
 */
final class RecordCodec {

    /** The longest string (in UTF-8 bytes) or list the format holds; a longer length read is corrupt data. */
    static final int MAX_LENGTH = 1 << 24;

    private RecordCodec() {}

    /** How one type is written and read back, and its shape (what a change of layout changes). */
    abstract static class Codec<T> {
        abstract void write(DataOutput out, T value) throws IOException;

        abstract T read(DataInput in) throws IOException;

        /** The type as the layout sees it, e.g. {@code List<Heading(level:int,text:String,anchor:String)>}. */
        final String shape() {
            return shape(new HashSet<>());
        }

        /** @param described the records already spelled out, which are only named again */
        abstract String shape(Set<Class<?>> described);
    }

    /** The codec of a record class and, through it, of every type its components use. */
    static <R extends Record> Codec<R> of(Class<R> type) {
        return new Builder().record(type);
    }

    /** Makes each record's codec once, so a record used in several places has one codec and one shape. */
    private static final class Builder {
        private final Map<Class<?>, RecordType<?>> records = new HashMap<>();

        @SuppressWarnings("unchecked")
        <R extends Record> RecordType<R> record(Class<R> type) {
            RecordType<R> known = (RecordType<R>) records.get(type);
            if (known != null) {
                return known;
            }
            RecordType<R> codec = new RecordType<>(type);
            records.put(type, codec);
            codec.components(this);
            return codec;
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        Codec<?> of(Type type, String where) {
            if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
                return new ListType<>(of(list.getActualTypeArguments()[0], where + " item"));
            }
            if (!(type instanceof Class<?> plain)) {
                throw new IllegalArgumentException(where + ": a snapshot cannot hold a " + type);
            }
            if (plain == String.class) {
                return STRING;
            } else if (plain == int.class) {
                return INT;
            } else if (plain == long.class) {
                return LONG;
            } else if (plain == double.class) {
                return DOUBLE;
            } else if (plain == boolean.class) {
                return BOOLEAN;
            } else if (plain.isEnum()) {
                return new EnumType(plain);
            } else if (plain.isRecord()) {
                return record((Class<? extends Record>) plain);
            }
            throw new IllegalArgumentException(where + ": a snapshot cannot hold a " + type.getTypeName());
        }
    }

    private static final class RecordType<R extends Record> extends Codec<R> {
        private final Class<R> type;
        private String[] names;
        private Method[] accessors;
        private Codec<Object>[] codecs;
        private Constructor<R> constructor;

        RecordType(Class<R> type) {
            this.type = type;
        }

        @SuppressWarnings("unchecked")
        void components(Builder builder) {
            RecordComponent[] components = type.getRecordComponents();
            names = new String[components.length];
            accessors = new Method[components.length];
            codecs = new Codec[components.length];
            Class<?>[] parameters = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                RecordComponent component = components[i];
                String where = type.getSimpleName() + "." + component.getName();
                Codec<?> codec = builder.of(component.getGenericType(), where);
                codecs[i] = (Codec<Object>) (codec instanceof RecordType<?> ? new Nullable<>(codec) : codec);
                names[i] = component.getName();
                accessors[i] = component.getAccessor();
                parameters[i] = component.getType();
            }
            try {
                constructor = type.getDeclaredConstructor(parameters);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("a record has its canonical constructor", e);
            }
        }

        @Override
        void write(DataOutput out, R value) throws IOException {
            for (int i = 0; i < codecs.length; i++) {
                codecs[i].write(out, component(value, i));
            }
        }

        @Override
        R read(DataInput in) throws IOException {
            Object[] values = new Object[codecs.length];
            for (int i = 0; i < codecs.length; i++) {
                values[i] = codecs[i].read(in);
            }
            try {
                return constructor.newInstance(values);
            } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
                throw new IOException("content snapshot: cannot make a " + type.getSimpleName(), e);
            }
        }

        private Object component(R value, int index) throws IOException {
            try {
                return accessors[index].invoke(value);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IOException("content snapshot: cannot read " + accessors[index], e);
            }
        }

        @Override
        String shape(Set<Class<?>> described) {
            if (!described.add(type)) {
                return type.getSimpleName();
            }
            StringBuilder shape = new StringBuilder(type.getSimpleName()).append('(');
            for (int i = 0; i < codecs.length; i++) {
                shape.append(i == 0 ? "" : ",").append(names[i]).append(':').append(codecs[i].shape(described));
            }
            return shape.append(')').toString();
        }
    }

    /** A value that may be null behind a presence byte. */
    private static final class Nullable<T> extends Codec<T> {
        private final Codec<T> inner;

        Nullable(Codec<T> inner) {
            this.inner = inner;
        }

        @Override
        void write(DataOutput out, T value) throws IOException {
            out.writeBoolean(value != null);
            if (value != null) {
                inner.write(out, value);
            }
        }

        @Override
        T read(DataInput in) throws IOException {
            byte present = in.readByte();
            if (present != 0 && present != 1) {
                throw new IOException("content snapshot: presence byte " + present);
            }
            return present == 1 ? inner.read(in) : null;
        }

        @Override
        String shape(Set<Class<?>> described) {
            return inner.shape(described) + "?";
        }
    }

    /** A list: its size and items, or -1 for null; read back unmodifiable, as the loader's lists are. */
    private static final class ListType<T> extends Codec<List<T>> {
        private final Codec<T> items;

        ListType(Codec<T> items) {
            this.items = items;
        }

        @Override
        void write(DataOutput out, List<T> list) throws IOException {
            if (list == null) {
                out.writeInt(-1);
                return;
            }
            length(out, list.size());
            for (T item : list) {
                items.write(out, item);
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        List<T> read(DataInput in) throws IOException {
            int size = length(in);
            if (size < 0) {
                return null;
            }
            Object[] values = new Object[size];
            for (int i = 0; i < size; i++) {
                values[i] = items.read(in);
            }
            return (List<T>) Collections.unmodifiableList(Arrays.asList(values));
        }

        @Override
        String shape(Set<Class<?>> described) {
            return "List<" + items.shape(described) + ">";
        }
    }

    /** An enum constant by name, looked up in a loop ({@code valueOf} reflects in a cold JVM). */
    private static final class EnumType<E extends Enum<E>> extends Codec<E> {
        private final E[] constants;
        private final String shape;

        EnumType(Class<E> type) {
            this.constants = type.getEnumConstants();
            StringBuilder shape = new StringBuilder(type.getSimpleName()).append('{');
            for (int i = 0; i < constants.length; i++) {
                shape.append(i == 0 ? "" : ",").append(constants[i].name());
            }
            this.shape = shape.append('}').toString();
        }

        @Override
        void write(DataOutput out, E value) throws IOException {
            string(out, value == null ? null : value.name());
        }

        @Override
        E read(DataInput in) throws IOException {
            String name = string(in);
            if (name == null) {
                return null;
            }
            for (E constant : constants) {
                if (constant.name().equals(name)) {
                    return constant;
                }
            }
            throw new IOException("content snapshot: no constant " + name);
        }

        @Override
        String shape(Set<Class<?>> described) {
            return shape;
        }
    }

    private static final Codec<String> STRING = new Codec<>() {
        void write(DataOutput out, String value) throws IOException {
            string(out, value);
        }

        String read(DataInput in) throws IOException {
            return string(in);
        }

        String shape(Set<Class<?>> described) {
            return "String";
        }
    };

    private static final Codec<Integer> INT = new Codec<>() {
        void write(DataOutput out, Integer value) throws IOException {
            out.writeInt(value);
        }

        Integer read(DataInput in) throws IOException {
            return in.readInt();
        }

        String shape(Set<Class<?>> described) {
            return "int";
        }
    };

    private static final Codec<Long> LONG = new Codec<>() {
        void write(DataOutput out, Long value) throws IOException {
            out.writeLong(value);
        }

        Long read(DataInput in) throws IOException {
            return in.readLong();
        }

        String shape(Set<Class<?>> described) {
            return "long";
        }
    };

    private static final Codec<Double> DOUBLE = new Codec<>() {
        void write(DataOutput out, Double value) throws IOException {
            out.writeDouble(value);
        }

        Double read(DataInput in) throws IOException {
            return in.readDouble();
        }

        String shape(Set<Class<?>> described) {
            return "double";
        }
    };

    private static final Codec<Boolean> BOOLEAN = new Codec<>() {
        void write(DataOutput out, Boolean value) throws IOException {
            out.writeBoolean(value);
        }

        Boolean read(DataInput in) throws IOException {
            return in.readBoolean();
        }

        String shape(Set<Class<?>> described) {
            return "boolean";
        }
    };

    private static void string(DataOutput out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        length(out, bytes.length);
        out.write(bytes);
    }

    private static String string(DataInput in) throws IOException {
        int length = length(in);
        if (length < 0) {
            return null;
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void length(DataOutput out, int length) throws IOException {
        if (length > MAX_LENGTH) {
            throw new IOException("content snapshot: a string or list of " + length + " is beyond " + MAX_LENGTH);
        }
        out.writeInt(length);
    }

    /** A string's or list's length, or -1 for null. */
    private static int length(DataInput in) throws IOException {
        int length = in.readInt();
        if (length < -1 || length > MAX_LENGTH) {
            throw new IOException("content snapshot: length " + length);
        }
        return length;
    }
}
