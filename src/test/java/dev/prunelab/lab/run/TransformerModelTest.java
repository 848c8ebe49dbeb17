package dev.prunelab.lab.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prunelab.engine.transformer.SentenceEncoder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The model is read lazily, once, however many experiments ask at the same moment. */
class TransformerModelTest {

    @Test
    void readsNothingUntilAskedThenOnceForEveryCaller() throws Exception {
        AtomicInteger reads = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        TransformerModel model = new TransformerModel(() -> {
            reads.incrementAndGet();
            return SentenceEncoder.load();
        });
        assertThat(model.loaded()).isFalse();
        assertThat(reads).hasValue(0);

        List<Thread> threads = new ArrayList<>();
        List<SentenceEncoder> seen = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 4; i++) {
            Thread t = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                seen.add(model.encoder());
            });
            t.start();
            threads.add(t);
        }
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
        assertThat(reads).hasValue(1);
        assertThat(model.loads()).isEqualTo(1);
        assertThat(model.loaded()).isTrue();
        assertThat(seen).hasSize(4).allSatisfy(e -> assertThat(e).isSameAs(seen.get(0)));
        assertThat(model.encoder()).isSameAs(seen.get(0));
    }
}
