package dev.prunelab.practice;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;

import dev.prunelab.practice.feedback.FeedbackEngine;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Answer text (or notes) of at most 20,000 characters, the most the feedback engine accepts. */
@Size(max = FeedbackEngine.MAX_ANSWER_CHARS) @ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface AnswerLength {
    String message() default "must be at most 20000 characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
