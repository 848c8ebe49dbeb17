package dev.prunelab.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InvalidInputTest {

    private static final InvalidInput TWO_FIELDS = new InvalidInput(List.of(
            new FieldError("epochs", "must be in [1, 30], got 31"),
            new FieldError("sparsities[1]", "must be in [0.05, 0.99], got 1.5"),
            new FieldError("epochs", "must be a whole number")));

    @Test
    void namesEveryFieldForPeopleAndForForms() {
        assertThat(TWO_FIELDS.getMessage())
                .isEqualTo("epochs must be in [1, 30], got 31; sparsities[1] must be in [0.05, 0.99], got 1.5; "
                        + "epochs must be a whole number");
        assertThat(InvalidInput.describe(TWO_FIELDS.errors())).startsWith("Invalid input: epochs must be");
        assertThat(TWO_FIELDS.messages())
                .containsExactly(
                        Map.entry("epochs", "must be in [1, 30], got 31; must be a whole number"),
                        Map.entry("sparsities[1]", "must be in [0.05, 0.99], got 1.5"));
        assertThat(TWO_FIELDS.messageFor("rows")).isEmpty();
        assertThat(InvalidInput.of("minutes", "20; allowed values: 15, 30, 45"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("minutes 20; allowed values: 15, 30, 45");
    }

    @Test
    void needsAField() {
        assertThatThrownBy(() -> new InvalidInput(List.of())).hasMessageContaining("at least one");
    }

    @Test
    void formFieldsThatAreNoNumbersNameTheField() {
        assertThat(FormFields.optionalInt("minutes", " 30 ")).isEqualTo(30);
        assertThat(FormFields.optionalInt("minutes", " ")).isNull();
        assertThatThrownBy(() -> FormFields.optionalInt("minutes", "half an hour"))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.messageFor("minutes")).contains("'half an hour' is not a whole number"));
    }
}
