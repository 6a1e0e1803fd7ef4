package dev.scimharness.filter;

/**
 * A SCIM filter (RFC 7644 §3.4.2.2) as an immutable tree. {@link FilterParser} builds it,
 * {@link FilterPrinter} writes it back, {@link FilterEvaluator} decides it against a resource.
 */
public sealed interface Filter permits Compare, Present, And, Or, Not, ValuePath {}
