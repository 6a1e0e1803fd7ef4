package dev.scimharness.server;

/**
 * How the server keeps RFC 9865's cursor rules; {@link #RFC} keeps every one, and a seeded fault breaks one.
 *
 * @param served          whether cursors the configuration advertises are served at all (RFC 9865 §4)
 * @param read            whether a request's {@code cursor} selects its page (RFC 9865 §2)
 * @param advances        whether {@code nextCursor} points past the page it came with (RFC 9865 §2)
 * @param endsOnLastPage  whether the last page comes without {@code nextCursor} (RFC 9865 §2)
 * @param refusesInvalid  whether an invalid cursor is answered 400 {@code invalidCursor} (RFC 9865 §2.1)
 * @param firstPageHasNoPrevious whether the first page comes without {@code previousCursor} (RFC 9865 §2)
 */
public record CursorRules(boolean served, boolean read, boolean advances, boolean endsOnLastPage,
    boolean refusesInvalid, boolean firstPageHasNoPrevious) {
  public static final CursorRules RFC = new CursorRules(true, true, true, true, true, true);
}
