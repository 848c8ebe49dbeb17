package dev.prunelab.lab.spec;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A complete experiment spec that {@link SpecRules} accepts within the configured budgets. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SpecValidator.class)
public @interface ValidSpec {
    String message() default "invalid experiment";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
