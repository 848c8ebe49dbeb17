/**
 * The feedback engine: grades a written interview answer against its question's rubric (from
 * {@code content/rubrics/}), deterministically and offline, and explains every score.
 *
 * <h2>Pipeline</h2>
 * <ol>
 *   <li>{@link dev.prunelab.practice.feedback.AnswerText}: paragraphs, headings (their text is the context of what
 *       follows) and sentences ({@link java.text.BreakIterator}; list items are sentences; run-on sentences are split
 *       at commas).</li>
 *   <li>{@link dev.prunelab.practice.feedback.Claim} and {@link dev.prunelab.practice.feedback.Stance}: each sentence
 *       and its clauses as claims that assert, deny, hedge or refute (error words, reported beliefs, quotations,
 *       "unlike…", a dismissal in the next sentence).</li>
 *   <li>{@link dev.prunelab.practice.feedback.Similarity}: the larger of the lexical similarity
 *       ({@link dev.prunelab.practice.feedback.Phrase}: IDF-weighted stems and stem pairs,
 *       {@link dev.prunelab.practice.feedback.TermWeights}) and the mapped cosine of sentence embeddings
 *       ({@link dev.prunelab.practice.feedback.Meaning}; in the app
 *       {@link dev.prunelab.practice.feedback.EncoderMeaning}: the engine's all-MiniLM-L6-v2 with the rubric
 *       phrases embedded at build time by {@link dev.prunelab.practice.feedback.PhraseVectors}).</li>
 *   <li>{@link dev.prunelab.practice.feedback.RubricMatcher}: key-point credit per sentence (its 3 closest points),
 *       misconceptions per claim: the {@link dev.prunelab.practice.feedback.Crux} gate, then
 *       {@link dev.prunelab.practice.feedback.MisconceptionModel}; refutations credit the corrected point.</li>
 *   <li>{@link dev.prunelab.practice.feedback.ScoreModel}: evidence to the interviewer's 0–4 scale.</li>
 *   <li>{@link dev.prunelab.practice.feedback.FeedbackWriter}: strengths, sentence notes, missed and partial points,
 *       next steps, writing checks ({@link dev.prunelab.practice.feedback.WritingChecks}).</li>
 * </ol>
 *
 * <p>The constants of the two models are fitted on the tuning part of the graded set in the test resources
 * ({@code calibration/}); the figures for the tuning and held-out parts and how to reproduce them are in
 * {@code src/site/markdown/feedback-engine.md}.
 *
 * <p>{@link dev.prunelab.practice.feedback.LlmFeedbackClient} optionally asks an OpenAI-compatible endpoint for notes
 * shown beside the deterministic ones; off by default; any failure gives {@link java.util.Optional#empty()}.
 *
 * <p>Plain Java (no Quarkus or Jakarta imports): construct one {@code FeedbackEngine} per catalog and share it.
 */
package dev.prunelab.practice.feedback;
