package dev.prunelab.account;

import dev.prunelab.web.Rejected;

/**
 * The most rows of one kind (or characters in them) a learner may keep, so one visitor (or a script posing as many) cannot fill the database.
 * Each feature counts its own rows and asks here before it stores another; over the cap is a 409 naming what is
 * capped and the setting that raises it.
 *
 * <pre>{@code
 * RowQuota.check("experiments", Experiment.count("learnerId", id), 1, limits.experiments(), "prunelab.limits.experiments");
 * }</pre>
 */
public final class RowQuota {

    private RowQuota() {}

    /**
     * @param what    what is counted, as a person says it ("graded attempts", "characters of answers")
     * @param kept    how much the learner keeps now
     * @param adding  how much the write would add
     * @param max     the most allowed
     * @param setting the configuration key that sets {@code max}
     * @throws Rejected (409) when the write would take the learner over {@code max}
     */
    public static void check(String what, long kept, long adding, long max, String setting) {
        if (kept + adding > max) {
            throw Rejected.conflict("A learner may keep at most " + max + " " + what + " (" + setting
                    + "); this one keeps " + kept + " and this would add " + adding + ". Nothing was stored.");
        }
    }
}
