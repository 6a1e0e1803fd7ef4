package dev.scimharness.learn;

/**
 * What the recording server does to learn what plain traffic does not show.
 *
 * @param throttleFirst answer the client's first request with 429 and {@code Retry-After: 1}: whether it retries a
 *     429, and whether it waits as long as asked (RFC 6585 §4, RFC 9110 §10.2.3)
 * @param notFoundOnLookup answer the first filtered {@code GET /Users} whose value is not a random GUID (the shape
 *     of Entra's connection test) with 404 instead of an empty list: whether the client reads 404 as "not there"
 *     and creates the user, or stops
 */
public record Provocations(boolean throttleFirst, boolean notFoundOnLookup) {
  public static final Provocations ALL = new Provocations(true, true);
  public static final Provocations NONE = new Provocations(false, false);

  /** The wait asked for in {@code Retry-After}, in seconds: long enough to tell a wait from a quick back-off. */
  public static final int RETRY_AFTER_SECONDS = 1;
}
