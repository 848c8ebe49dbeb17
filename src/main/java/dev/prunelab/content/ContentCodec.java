package dev.prunelab.content;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The binary form of a {@link ContentCatalog} in the packaged snapshot ({@link ContentSnapshot}): the catalog's seven
 * lists as one {@link ContentCatalog.Parts} record, written by {@link RecordCodec}, which derives the layout from the records'
 * components. Adding a front-matter field to a record changes the layout and the {@link #VERSION} with it, and
 * needs no change here.
 *
 * <p>Why not Java serialization: reading records back with {@code ObjectInputStream} builds method-handle trees for
 * each record class, which in the cold JVM of start-up cost several times what this plain reading does.
 */
final class ContentCodec {

    private static final RecordCodec.Codec<ContentCatalog.Parts> CATALOG = RecordCodec.of(ContentCatalog.Parts.class);

    /**
     * The version of the layout: a checksum of the records' shape (each component's name and type, enums' constants),
     * so that a snapshot written for other records is refused, never misread.
     */
    static final int VERSION = version(CATALOG.shape());

    /** Closes the catalog: "END!", so that a stream read out of step is refused rather than taken for a smaller one. */
    private static final int END = 0x454E_4421;

    private ContentCodec() {}

    static void write(DataOutput out, ContentCatalog catalog) throws IOException {
        CATALOG.write(out, catalog.parts());
        out.writeInt(END);
    }

    /**
     * Reads a catalog {@link #write} wrote. A stream that ends early, is read out of step or holds a length out of
     * range throws {@link IOException}, never anything else.
     */
    static ContentCatalog read(DataInput in) throws IOException {
        ContentCatalog.Parts parts = CATALOG.read(in);
        if (in.readInt() != END) {
            throw new IOException("content snapshot: no end mark after the catalog");
        }
        return ContentCatalog.inCatalogOrder(parts);
    }

    private static int version(String shape) {
        CRC32 crc = new CRC32();
        crc.update(shape.getBytes(StandardCharsets.UTF_8));
        return (int) crc.getValue();
    }
}
