package dev.prunelab.content;

/** Fired (as a CDI event) when a lesson page is shown, so features that track progress can record it. */
public record LessonViewed(String lessonId) {}
