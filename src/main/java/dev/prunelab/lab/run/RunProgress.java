package dev.prunelab.lab.run;

/**
 * Where a running experiment is, for the progress bar: the phase, the share of planned training done, the current
 * training step/epoch, loss and sparsity, and an estimate of the time left.
 *
 * @param fraction     share of the planned work done, in [0, 1]
 * @param step         optimizer steps of the current training run
 * @param epoch        epoch of the current training run, from 1 (0 outside training)
 * @param epochs       epochs of the current training run
 * @param loss         mean training loss of the current epoch so far (NaN outside training, sent as null)
 * @param sparsity     share of masked weights of the model being trained
 * @param etaSeconds   estimated seconds left, or null before there is anything to go on
 */
public record RunProgress(
        String phase,
        double fraction,
        long step,
        int epoch,
        int epochs,
        Double loss,
        double sparsity,
        long elapsedMillis,
        Double etaSeconds) {

    public static RunProgress starting(String phase) {
        return new RunProgress(phase, 0, 0, 0, 0, null, 0, 0, null);
    }
}
