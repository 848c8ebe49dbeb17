package dev.prunelab.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordStrengthTest {

    @Test
    void commonPasswordsAreRefusedWithTheReason() {
        assertThat(AccountService.passwordProblem("ada", "password123"))
                .hasValueSatisfying(why -> assertThat(why)
                        .startsWith("Password is too weak: it would be guessed in")
                        .contains("This is a very common password."));
        assertThat(AccountService.passwordProblem("ada", "qwertyuiop12")).isPresent();
        assertThat(AccountService.passwordProblem("ada", "1q2w3e4r5t")).isPresent();
        assertThat(AccountService.passwordProblem("ada", "aaaaaaaaaaaa")).isPresent();
    }

    @Test
    void theSitesOwnWordsAndTheUsernameCountAsKnown() {
        // strong enough for zxcvbn alone (score 3), but "prunelab" is the first word an attacker of this site tries
        assertThat(AccountService.passwordProblem("ada", "prunelab2026")).isPresent();
        assertThat(AccountService.passwordProblem("grace.hopper", "grace.hopper.2026"))
                .hasValue("Password is too weak: it contains your username.");
    }

    @Test
    void passphrasesAndRandomPasswordsPass() {
        assertThat(AccountService.passwordProblem("ada", "correct horse battery"))
                .isEmpty();
        assertThat(AccountService.passwordProblem("ada", "sparse-owl-42-kite")).isEmpty();
        assertThat(AccountService.passwordProblem("ada", "Tr0ub4dor&3x")).isEmpty();
    }

    @Test
    void lengthLimitsComeFirst() {
        assertThat(AccountService.passwordProblem("ada", "short"))
                .hasValue("Password is too weak: use at least 10 characters.");
        assertThat(AccountService.passwordProblem("ada", "x".repeat(129)))
                .hasValue("Password is too long: use at most 128 characters.");
    }
}
