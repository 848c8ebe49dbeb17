package dev.prunelab.lab.spec;

import dev.prunelab.PruneLabConfig;
import dev.prunelab.web.Problem.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Bean Validation for {@link ValidSpec}: one violation per {@link SpecRules} problem, on the named field. */
@ApplicationScoped
public class SpecValidator implements ConstraintValidator<ValidSpec, ExperimentSpec> {

    private final Instance<PruneLabConfig> config;

    /** The configuration is read on first use: validators are created before runtime configuration exists. */
    public SpecValidator(Instance<PruneLabConfig> config) {
        this.config = config;
    }

    private SpecRules.Budget budget() {
        PruneLabConfig.Lab lab = config.get().lab();
        return new SpecRules.Budget(lab.maxEpochs(), lab.maxHiddenUnits(), lab.maxRows());
    }

    @Override
    public boolean isValid(ExperimentSpec spec, ConstraintValidatorContext context) {
        if (spec == null) {
            return true;
        }
        var errors = SpecRules.check(spec, budget());
        if (errors.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        for (FieldError error : errors) {
            context.buildConstraintViolationWithTemplate(escape(error.message()))
                    .addPropertyNode(error.field())
                    .addConstraintViolation();
        }
        return false;
    }

    /** Messages are templates: braces, dollars and backslashes in them are literal text. */
    private static String escape(String message) {
        return message.replaceAll("([{}$\\\\])", "\\\\$1");
    }
}
