package dev.scimharness.server;

/**
 * What a cursor value stands for (RFC 9865 §2): the query it belongs to, the page size it was issued with, the
 * direction and position of the page it leads to, and when it was issued. It holds no copy of any result: the
 * page is read from the store when the cursor comes back.
 *
 * @param query    fingerprint of the tenant, resource types, filter and sort of the query
 * @param count    the {@code count} of the query, or {@code -1} when it had none
 * @param forward  true: the resources after {@code position}; false: those before it
 * @param issuedAt epoch milliseconds by the server's clock
 */
record Cursor(long query, int count, boolean forward, CursorPosition position, long issuedAt) {}
