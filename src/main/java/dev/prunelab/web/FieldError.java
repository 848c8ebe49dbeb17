package dev.prunelab.web;

/**
 * One invalid field: its name as the client sent it (a JSON path such as {@code sparsities[2]}, or a form field) and
 * what is allowed.
 */
public record FieldError(String field, String message) {}
