package dev.scimharness.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.endpoint.ScimResponse;
import dev.scimharness.scim.Json;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A walk through a list by cursor as RFC 9865 §2 describes it: an empty cursor for the first page, then each
 * page's {@code nextCursor} until a page comes without one. It records every page, so a cursor that repeats a page,
 * is ignored, or never ends shows up as a repeated resource or a walk that runs out of pages.
 */
public final class CursorPages {
  /** RFC 9865 §2: a cursor holds only RFC 3986 §2.3 unreserved characters. */
  private static final Pattern UNRESERVED = Pattern.compile("[A-Za-z0-9._~-]+");

  /** One answer of the walk; the cursors are {@code null} when the page has none. */
  public record Page(ScimResponse response, List<String> ids, String nextCursor, String previousCursor) {
    static Page of(ScimResponse r) {
      JsonNode body = r.status() == 200 ? r.json() : null;
      return new Page(r, body == null ? List.of() : ListView.ids(body), text(body, "nextCursor"),
          text(body, "previousCursor"));
    }
  }

  private final Function<String, ScimResponse> fetch;
  private final List<Page> pages = new ArrayList<>();

  /** {@code fetch} answers the page for a cursor value, {@code ""} for the first page. */
  public CursorPages(Function<String, ScimResponse> fetch) {
    this.fetch = fetch;
  }

  /** Asks for the first page. */
  public Page first() {
    return add(fetch.apply(""));
  }

  /** Follows the last page's {@code nextCursor}; empty when the walk is over. */
  public Optional<Page> next() {
    Page last = last();
    if (last.response().status() != 200 || last.nextCursor() == null) {
      return Optional.empty();
    }
    return Optional.of(add(fetch.apply(last.nextCursor())));
  }

  /** Follows {@code nextCursor} until a page has none, a page is not 200, or {@code maxPages} pages were read. */
  public CursorPages toEnd(int maxPages) {
    if (pages.isEmpty()) {
      first();
    }
    while (pages.size() < maxPages && next().isPresent()) {
      // each step is one page
    }
    return this;
  }

  public List<Page> pages() {
    return List.copyOf(pages);
  }

  public Page last() {
    if (pages.isEmpty()) {
      throw new IllegalStateException("the walk has not started");
    }
    return pages.get(pages.size() - 1);
  }

  /** Every id listed, in order, repeats included. */
  public List<String> ids() {
    return pages.stream().flatMap(p -> p.ids().stream()).toList();
  }

  /** Why the walk did not end as RFC 9865 §2 says it does (a 200 page without nextCursor), or empty. */
  public Optional<String> unfinished() {
    Page last = last();
    if (last.response().status() != 200) {
      return Optional.of("page " + pages.size() + " was answered " + last.response().status());
    }
    if (last.nextCursor() != null) {
      return Optional.of("page " + pages.size() + " still had a nextCursor after " + ids().size()
          + " listed resources; the walk was stopped there");
    }
    return Optional.empty();
  }

  /** The ids listed more than once. */
  public Set<String> repeated() {
    Map<String, Integer> seen = new HashMap<>();
    Set<String> twice = new LinkedHashSet<>();
    for (String id : ids()) {
      if (seen.merge(id, 1, Integer::sum) > 1) {
        twice.add(id);
      }
    }
    return twice;
  }

  /** Those of {@code expected} the walk never listed. */
  public List<String> missing(Collection<String> expected) {
    Set<String> seen = Set.copyOf(ids());
    return expected.stream().filter(id -> !seen.contains(id)).toList();
  }

  /** The cursors the walk was given that are not made of RFC 3986 unreserved characters. */
  public List<String> malformedCursors() {
    List<String> bad = new ArrayList<>();
    for (Page p : pages) {
      for (String c : new String[] {p.nextCursor(), p.previousCursor()}) {
        if (c != null && !UNRESERVED.matcher(c).matches()) {
          bad.add(c);
        }
      }
    }
    return bad;
  }

  private Page add(ScimResponse r) {
    Page p = Page.of(r);
    pages.add(p);
    return p;
  }

  private static String text(JsonNode body, String name) {
    JsonNode v = body == null ? null : Json.field(body, name);
    return v == null || v.isNull() ? null : v.asText();
  }
}
