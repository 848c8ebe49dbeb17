package dev.prunelab.progress;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/**
 * Study streaks: runs of consecutive days with at least one activity, counted in the learner's time zone.
 *
 * @param current days in the run that ends today — or yesterday, since today's study may still come
 * @param longest the longest run ever
 */
public record Streaks(int current, int longest) {

    public static Streaks of(Set<LocalDate> activeDays, LocalDate today) {
        int longest = 0;
        int run = 0;
        LocalDate previous = null;
        for (LocalDate day : new TreeSet<>(activeDays)) {
            run = previous != null && previous.plusDays(1).equals(day) ? run + 1 : 1;
            longest = Math.max(longest, run);
            previous = day;
        }
        LocalDate cursor = activeDays.contains(today) ? today : today.minusDays(1);
        int current = 0;
        while (activeDays.contains(cursor)) {
            current++;
            cursor = cursor.minusDays(1);
        }
        return new Streaks(current, longest);
    }
}
