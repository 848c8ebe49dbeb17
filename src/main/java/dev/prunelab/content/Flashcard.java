package dev.prunelab.content;

/**
 * A flashcard for spaced repetition, loaded from {@code content/flashcards/<lesson-id>.yaml}.
 *
 * @param id       unique across all cards (review history refers to it)
 * @param lessonId the lesson it belongs to
 * @param front    the prompt (Markdown with math)
 * @param back     the answer (Markdown with math)
 */
public record Flashcard(String id, String lessonId, String front, String back) {}
