package dev.prunelab.interview;

import dev.prunelab.web.InvalidInput;
import java.util.List;

/**
 * How an interview of a given length is spent: the main question's time box, then follow-ups of
 * {@value #FOLLOW_UP_MINUTES} minutes each. The rest of the time is for reading and thinking.
 *
 * @param minutes         15, 30 or 45
 * @param mainMinutes     the main question's time box
 * @param followUps       how many follow-ups a solo interview asks
 */
public record InterviewPlan(int minutes, int mainMinutes, int followUps) {

    public static final int FOLLOW_UP_MINUTES = 3;
    public static final List<Integer> LENGTHS = List.of(15, 30, 45);

    /**
     * The plan for a length.
     *
     * @throws InvalidInput naming minutes, for a length other than 15, 30 or 45
     */
    public static InterviewPlan of(int minutes) {
        return switch (minutes) {
            case 15 -> new InterviewPlan(15, 5, 2);
            case 30 -> new InterviewPlan(30, 10, 4);
            case 45 -> new InterviewPlan(45, 10, 6);
            default -> throw InvalidInput.of("minutes", minutes + "; allowed values: 15, 30, 45");
        };
    }
}
