package dev.prunelab.account;

import com.nulabinc.zxcvbn.Feedback;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How guessable a password is, by zxcvbn (its dictionaries of common passwords, names and words, keyboard patterns,
 * sequences, repeats and dates), with the username and the site's own words counted as known. A password must reach
 * score {@value #MIN_SCORE} of 4 ("safely unguessable": about 10^8 guesses), zxcvbn's own recommendation for
 * accounts. The estimator is thread-safe and loads its dictionaries once.
 */
final class PasswordStrength {

    static final int MIN_SCORE = 3;

    /** Words an attacker of this site would try first. */
    private static final List<String> SITE_WORDS = List.of("prunelab", "prune", "pruning", "sparsity", "lottery");

    private static final Zxcvbn ESTIMATOR = new Zxcvbn();

    private PasswordStrength() {}

    /** Why the password is too easy to guess (zxcvbn's warning and suggestions), or empty when it is strong enough. */
    static Optional<String> problem(String password, String username) {
        List<String> known = new ArrayList<>(SITE_WORDS);
        if (!username.isEmpty()) {
            known.add(username);
        }
        Strength strength = ESTIMATOR.measure(password, known);
        if (strength.getScore() >= MIN_SCORE) {
            return Optional.empty();
        }
        Feedback feedback = strength.getFeedback();
        StringBuilder why = new StringBuilder("Password is too weak: it would be guessed in ")
                .append(strength.getCrackTimesDisplay().getOfflineSlowHashing1e4perSecond())
                .append('.');
        if (feedback.getWarning() != null && !feedback.getWarning().isBlank()) {
            why.append(' ').append(feedback.getWarning());
        }
        feedback.getSuggestions().forEach(s -> why.append(' ').append(s));
        if (feedback.getSuggestions().isEmpty()) {
            why.append(" Add another word or two; uncommon words are better.");
        }
        return Optional.of(why.toString());
    }
}
