package dev.prunelab.practice.rest;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;

import dev.prunelab.practice.feedback.FeedbackEngine;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A time box in whole minutes, 1–60 (null allowed: the question's own time box, or a timer counting up). */
@Min(FeedbackEngine.MIN_TIME_BOX) @Max(FeedbackEngine.MAX_TIME_BOX) @ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface TimeBox {
    String message() default "must be 1 to 60 minutes";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
