package dev.prunelab.engine.transformer;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the parts of an ONNX model file that an inference engine of its own needs: the graph's nodes (to
 * name anonymous weights by what consumes them) and its float32 initializers (the weights).
 *
 * <p>ONNX files are protobuf messages ({@code onnx.proto}: ModelProto → field 7 GraphProto → field 1
 * NodeProto, field 5 TensorProto). This is a streaming reader of that wire-format subset that hands each
 * node and tensor to a listener as soon as it is read: a weight's {@code raw_data} goes straight from the
 * stream into its {@code float[]}, so loading never holds the whole file, nor every raw weight, at once.
 * Protobuf writes fields in number order, so all nodes arrive before the first initializer.
 */
final class OnnxFile {

    /** Receives the graph's parts in file order. */
    interface Listener {
        void node(Node node);

        void tensor(Tensor tensor);
    }

    /** A float32 initializer, row-major as stored. */
    record Tensor(String name, long[] dims, float[] values) {}

    /** A graph node: its operator and the names of its inputs and outputs. */
    record Node(String opType, List<String> inputs, List<String> outputs) {}

    private static final int WIRE_VARINT = 0;
    private static final int WIRE_FIXED64 = 1;
    private static final int WIRE_LENGTH_DELIMITED = 2;
    private static final int WIRE_FIXED32 = 5;

    private static final int MODEL_GRAPH = 7;
    private static final int GRAPH_NODE = 1;
    private static final int GRAPH_INITIALIZER = 5;
    private static final int NODE_INPUT = 1;
    private static final int NODE_OUTPUT = 2;
    private static final int NODE_OP_TYPE = 4;
    private static final int TENSOR_DIMS = 1;
    private static final int TENSOR_DATA_TYPE = 2;
    private static final int TENSOR_FLOAT_DATA = 4;
    private static final int TENSOR_NAME = 8;
    private static final int TENSOR_RAW_DATA = 9;
    private static final int TENSOR_DATA_LOCATION = 14;
    private static final int DATA_TYPE_FLOAT = 1;
    private static final int DATA_LOCATION_EXTERNAL = 1;

    private final Listener listener;
    private final InputStream in;
    private long position;

    private OnnxFile(InputStream in, Listener listener) {
        this.in = in;
        this.listener = listener;
    }

    /**
     * Reads a model from a stream (not closed here). Initializers of other element types than float32
     * are skipped.
     *
     * @throws IOException when the stream fails or is not an ONNX model with its weights inline
     */
    static void read(InputStream stream, Listener listener) throws IOException {
        new OnnxFile(new BufferedInputStream(stream, 1 << 16), listener).readModel();
    }

    private void readModel() throws IOException {
        while (true) {
            int tag = readTagOrEnd();
            if (tag < 0) {
                return;
            }
            if (tag >>> 3 == MODEL_GRAPH && (tag & 7) == WIRE_LENGTH_DELIMITED) {
                long length = readVarint();
                readGraph(position + length);
            } else {
                skip(tag);
            }
        }
    }

    private void readGraph(long end) throws IOException {
        while (position < end) {
            int tag = readTag();
            int field = tag >>> 3;
            if (field == GRAPH_NODE && (tag & 7) == WIRE_LENGTH_DELIMITED) {
                listener.node(readNode(readBytes((int) readVarint())));
            } else if (field == GRAPH_INITIALIZER && (tag & 7) == WIRE_LENGTH_DELIMITED) {
                long length = readVarint();
                readTensor(position + length);
            } else {
                skip(tag);
            }
        }
    }

    private static Node readNode(byte[] message) throws IOException {
        OnnxFile part = new OnnxFile(new ByteArrayInputStream(message), null);
        List<String> inputs = new ArrayList<>();
        List<String> outputs = new ArrayList<>();
        String opType = "";
        while (part.position < message.length) {
            int tag = part.readTag();
            switch (tag >>> 3) {
                case NODE_INPUT -> inputs.add(part.readString());
                case NODE_OUTPUT -> outputs.add(part.readString());
                case NODE_OP_TYPE -> opType = part.readString();
                default -> part.skip(tag);
            }
        }
        return new Node(opType, List.copyOf(inputs), List.copyOf(outputs));
    }

    private void readTensor(long end) throws IOException {
        List<Long> dims = new ArrayList<>();
        String name = null;
        int dataType = 0;
        float[] values = null;
        while (position < end) {
            int tag = readTag();
            int field = tag >>> 3;
            int wire = tag & 7;
            if (field == TENSOR_DIMS && wire == WIRE_VARINT) {
                dims.add(readVarint());
            } else if (field == TENSOR_DIMS && wire == WIRE_LENGTH_DELIMITED) {
                long packedEnd = readVarint() + position;
                while (position < packedEnd) {
                    dims.add(readVarint());
                }
            } else if (field == TENSOR_DATA_TYPE && wire == WIRE_VARINT) {
                dataType = (int) readVarint();
            } else if (field == TENSOR_NAME && wire == WIRE_LENGTH_DELIMITED) {
                name = readString();
            } else if ((field == TENSOR_RAW_DATA || field == TENSOR_FLOAT_DATA)
                    && wire == WIRE_LENGTH_DELIMITED
                    && dataType == DATA_TYPE_FLOAT) {
                values = readFloats((int) readVarint());
            } else if (field == TENSOR_DATA_LOCATION && wire == WIRE_VARINT) {
                if (readVarint() == DATA_LOCATION_EXTERNAL) {
                    throw new IOException("initializer " + name + " must be stored inside the file, not external");
                }
            } else {
                skip(tag);
            }
        }
        if (dataType == DATA_TYPE_FLOAT) {
            if (name == null || values == null) {
                throw new IOException("float initializer without a name or data: " + name);
            }
            long[] shape = dims.stream().mapToLong(Long::longValue).toArray();
            listener.tensor(new Tensor(name, shape, values));
        }
    }

    /** Little-endian float32s, read through a small buffer straight into the result. */
    private float[] readFloats(int byteCount) throws IOException {
        if (byteCount % Float.BYTES != 0) {
            throw new IOException("float data of " + byteCount + " bytes is not a whole number of floats");
        }
        float[] values = new float[byteCount / Float.BYTES];
        byte[] chunk = new byte[1 << 16];
        ByteBuffer view = ByteBuffer.wrap(chunk).order(ByteOrder.LITTLE_ENDIAN);
        int done = 0;
        while (done < values.length) {
            int count = Math.min(chunk.length / Float.BYTES, values.length - done);
            readFully(chunk, count * Float.BYTES);
            view.clear();
            view.asFloatBuffer().get(values, done, count);
            done += count;
        }
        return values;
    }

    private String readString() throws IOException {
        return new String(readBytes((int) readVarint()), StandardCharsets.UTF_8);
    }

    private byte[] readBytes(int length) throws IOException {
        byte[] bytes = new byte[length];
        readFully(bytes, length);
        return bytes;
    }

    private void readFully(byte[] into, int length) throws IOException {
        int read = in.readNBytes(into, 0, length);
        position += read;
        if (read < length) {
            throw new EOFException("ONNX file ends in the middle of a field");
        }
    }

    private void skip(int tag) throws IOException {
        switch (tag & 7) {
            case WIRE_VARINT -> readVarint();
            case WIRE_FIXED64 -> skipBytes(8);
            case WIRE_LENGTH_DELIMITED -> skipBytes(readVarint());
            case WIRE_FIXED32 -> skipBytes(4);
            default -> throw new IOException("unsupported protobuf wire type " + (tag & 7) + " at byte " + position);
        }
    }

    private void skipBytes(long count) throws IOException {
        in.skipNBytes(count);
        position += count;
    }

    private int readTag() throws IOException {
        int tag = readTagOrEnd();
        if (tag < 0) {
            throw new EOFException("ONNX file ends in the middle of a message");
        }
        return tag;
    }

    /** The next field's tag, or -1 at the end of the stream. */
    private int readTagOrEnd() throws IOException {
        int first = in.read();
        if (first < 0) {
            return -1;
        }
        position++;
        return (int) readVarintFrom(first);
    }

    private long readVarint() throws IOException {
        int first = in.read();
        if (first < 0) {
            throw new EOFException("ONNX file ends in the middle of a number");
        }
        position++;
        return readVarintFrom(first);
    }

    private long readVarintFrom(int first) throws IOException {
        long value = first & 0x7F;
        int shift = 7;
        int b = first;
        while ((b & 0x80) != 0) {
            b = in.read();
            if (b < 0 || shift > 63) {
                throw new IOException("malformed varint at byte " + position);
            }
            position++;
            value |= (long) (b & 0x7F) << shift;
            shift += 7;
        }
        return value;
    }
}
