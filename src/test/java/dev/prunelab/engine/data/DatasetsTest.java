package dev.prunelab.engine.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bundled files against figures computed with scikit-learn 1.2.1 and numpy from the original sources. */
class DatasetsTest {

    /** Sum of all features (as float32, summed in double) per data set, from numpy. */
    @ParameterizedTest
    @CsvSource({
        "breast_cancer, 569, 30, 2, 1056474.4601555476",
        "wine,          178, 13, 3, 159975.29599502683",
        "iris,          150,  4, 3, 2078.69999640435",
        "digits,       1797, 64, 10, 561718.0",
        "mnist10k,    10000, 784, 10, 1027949.4895340828",
    })
    void shapesAndContentsMatchTheSources(String name, int rows, int cols, int classes, double featureSum) {
        Dataset data = Datasets.load(name);
        assertEquals(rows, data.rows());
        assertEquals(cols, data.cols());
        assertEquals(classes, data.classes());
        double sum = 0;
        for (float v : data.features()) {
            sum += v;
        }
        assertEquals(featureSum, sum, featureSum * 1e-12);
    }

    @Test
    void rowsKeepScikitLearnsOrderAndExactValues() {
        Dataset cancer = Datasets.load("breast_cancer");
        assertEquals(17.99f, cancer.value(0, 0));
        assertEquals(0.07039f, cancer.value(568, 29));
        assertArrayEquals(new int[] {212, 357}, cancer.classCounts());
        assertEquals(List.of("malignant", "benign"), cancer.classNames());
        assertEquals("mean radius", cancer.featureNames().get(0));
        assertArrayEquals(new int[] {59, 71, 48}, Datasets.load("wine").classCounts());
        assertEquals(
                List.of(5.1f, 3.5f, 1.4f, 0.2f), boxed(Datasets.load("iris").row(0)));
        assertEquals("pixel_0_1", Datasets.load("digits").featureNames().get(1));
    }

    @Test
    void mnistIsDigitFilesZeroToNineInOrderWithTheJsonPixelValues() {
        Dataset mnist = Datasets.load("mnist");
        assertArrayEquals(new int[] {1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978}, mnist.classCounts());
        assertEquals(0, mnist.label(0));
        assertEquals(9, mnist.label(9999));
        assertEquals(0f, mnist.value(0, 126));
        assertEquals(0.2f, mnist.value(0, 127));
        assertEquals(0.624f, mnist.value(0, 128));
        assertEquals(0.992f, mnist.value(0, 129));
        assertSame(mnist, Datasets.load("mnist10k"), "loaded once, then shared");
    }

    @Test
    void unknownNameIsRejectedWithTheChoices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Datasets.load("cifar"));
        assertEquals("dataset must be one of [digits, mnist10k, breast_cancer, wine, iris], got cifar", e.getMessage());
    }

    private static List<Float> boxed(float[] values) {
        Float[] boxed = new Float[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return List.of(boxed);
    }
}
