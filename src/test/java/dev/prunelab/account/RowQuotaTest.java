package dev.prunelab.account;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prunelab.web.Rejected;
import org.junit.jupiter.api.Test;

class RowQuotaTest {

    private static final String SETTING = "prunelab.limits.experiments";

    @Test
    void theLastAllowedRowFitsAndTheNextIsAConflictNamingTheLimit() {
        assertThatCode(() -> RowQuota.check("experiments", 999, 1, 1000, SETTING))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> RowQuota.check("experiments", 1000, 1, 1000, SETTING))
                .isInstanceOf(Rejected.class)
                .hasMessage("A learner may keep at most 1000 experiments (prunelab.limits.experiments); this one keeps"
                        + " 1000 and this would add 1. Nothing was stored.")
                .extracting(e -> ((Rejected) e).reason())
                .isEqualTo(Rejected.Reason.CONFLICT);
    }
}
