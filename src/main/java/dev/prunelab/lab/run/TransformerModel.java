package dev.prunelab.lab.run;

import dev.prunelab.engine.transformer.SentenceEncoder;
import java.util.function.Supplier;

/**
 * The pretrained encoder, read the first time an experiment needs it and then kept: never on the start-up path (the
 * 90 MB model costs seconds and memory a server that runs no transformer experiment should not pay), and once per
 * process however many experiments ask at once.
 */
public final class TransformerModel {

    /** The process's model, read by {@link SentenceEncoder#load()}. */
    public static final TransformerModel SHARED = new TransformerModel(SentenceEncoder::load);

    private final Supplier<SentenceEncoder> loader;
    private volatile SentenceEncoder encoder;
    private int loads;

    TransformerModel(Supplier<SentenceEncoder> loader) {
        this.loader = loader;
    }

    /** The encoder, loading it on the first call; callers racing the first call wait for that one load. */
    public SentenceEncoder encoder() {
        SentenceEncoder loaded = encoder;
        if (loaded == null) {
            synchronized (this) {
                loaded = encoder;
                if (loaded == null) {
                    loaded = loader.get();
                    loads++;
                    encoder = loaded;
                }
            }
        }
        return loaded;
    }

    /** Whether the model has been read. */
    public boolean loaded() {
        return encoder != null;
    }

    /** How many times the model was read (at most once). */
    public synchronized int loads() {
        return loads;
    }
}
