package dev.prunelab.lab.run;

import dev.prunelab.engine.data.Dataset;
import dev.prunelab.engine.metrics.Evaluation;
import dev.prunelab.engine.tensor.Matrix;
import dev.prunelab.lab.result.ExperimentResult.Boundary;
import dev.prunelab.lab.result.ExperimentResult.Frame;
import java.util.ArrayList;
import java.util.List;

/** For 2-D data: the class each model predicts over a grid around the data, one picture per target sparsity. */
final class BoundaryPictures {

    static final int RESOLUTION = 48;
    private static final double MARGIN = 0.5;

    private BoundaryPictures() {}

    static Boundary of(PreparedData data, List<ArmRunner.Outcome> outcomes, List<Evaluation> evaluations) {
        Dataset test = data.test();
        double[] bounds = bounds(data.train());
        Matrix grid = grid(bounds);
        List<Frame> frames = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            Matrix logits = outcomes.get(i).network().forward(grid);
            int[] classes = new int[grid.rows];
            for (int r = 0; r < grid.rows; r++) {
                classes[r] = logits.argmaxOfRow(r);
            }
            frames.add(new Frame(
                    outcomes.get(i).target(),
                    NetworkExperiment.round(evaluations.get(i).accuracy()),
                    classes));
        }
        List<float[]> points = new ArrayList<>();
        for (int r = 0; r < test.rows(); r++) {
            points.add(new float[] {test.value(r, 0), test.value(r, 1), test.label(r)});
        }
        return new Boundary(bounds[0], bounds[1], bounds[2], bounds[3], RESOLUTION, points, frames);
    }

    /** xMin, xMax, yMin, yMax of the data plus a margin. */
    private static double[] bounds(Dataset data) {
        double[] b = {Double.MAX_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int r = 0; r < data.rows(); r++) {
            b[0] = Math.min(b[0], data.value(r, 0));
            b[1] = Math.max(b[1], data.value(r, 0));
            b[2] = Math.min(b[2], data.value(r, 1));
            b[3] = Math.max(b[3], data.value(r, 1));
        }
        return new double[] {b[0] - MARGIN, b[1] + MARGIN, b[2] - MARGIN, b[3] + MARGIN};
    }

    /** Cell centres, row by row from the top (largest y) so the grid reads like an image. */
    private static Matrix grid(double[] b) {
        float[] cells = new float[RESOLUTION * RESOLUTION * 2];
        for (int row = 0; row < RESOLUTION; row++) {
            for (int col = 0; col < RESOLUTION; col++) {
                int i = row * RESOLUTION + col;
                cells[2 * i] = (float) (b[0] + (col + 0.5) * (b[1] - b[0]) / RESOLUTION);
                cells[2 * i + 1] = (float) (b[3] - (row + 0.5) * (b[3] - b[2]) / RESOLUTION);
            }
        }
        return new Matrix(RESOLUTION * RESOLUTION, 2, cells);
    }
}
