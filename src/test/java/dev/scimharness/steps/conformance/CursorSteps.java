package dev.scimharness.steps.conformance;

import dev.scimharness.conformance.CursorPages;
import dev.scimharness.conformance.Expect;
import dev.scimharness.conformance.ListView;
import dev.scimharness.conformance.PaginationConfig;
import dev.scimharness.conformance.TargetSession;
import dev.scimharness.conformance.Targets;
import dev.scimharness.endpoint.ScimResponse;
import dev.scimharness.scim.Json;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/** Cursor pagination (RFC 9865): walks by cursor, cursor errors, and the configuration's pagination attribute. */
public final class CursorSteps {
  /** Longer than this, an expiry scenario against a remote target would wait too long: it is skipped. */
  private static final Duration SHORT_TIMEOUT = Duration.ofSeconds(30);
  private static final int MAX_PAGES = 50;

  private final ScimWorld world;
  private final ClockGuard clock;
  private CursorPages walk;
  private String listPath;
  private int count;

  public CursorSteps(ScimWorld world, ClockGuard clock) {
    this.world = world;
    this.clock = clock;
  }

  @When("^the client walks \"(\\w+)\" by cursor filtered by (.+) (\\d+) at a time$")
  public void walk(String collection, String filter, int count) {
    start(collection, filter, count);
    walk.toEnd(MAX_PAGES);
  }

  @When("^the client walks \"(\\w+)\" by cursor with searches filtered by (.+) (\\d+) at a time$")
  public void walkBySearch(String collection, String filter, int count) {
    String f = Json.write(Json.NODES.textNode(world.fill(filter)));
    walk = new CursorPages(cursor -> world.send("POST", "/" + collection + "/.search", "{\"schemas\":"
        + "[\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"],\"filter\":" + f + ",\"cursor\":"
        + Json.write(Json.NODES.textNode(cursor)) + ",\"count\":" + count + "}"));
    walk.toEnd(MAX_PAGES);
  }

  @When("^the client walks \"(\\w+)\" sorted by (\\w+) by cursor filtered by (.+) (\\d+) at a time$")
  public void walkSorted(String collection, String sortBy, String filter, int count) {
    this.listPath = "/" + collection + "?filter=" + Query.value(world.fill(filter)) + "&sortBy=" + Query.value(sortBy);
    this.count = count;
    walk = new CursorPages(cursor -> world.send("GET", page(cursor, count), null));
    walk.toEnd(MAX_PAGES);
  }

  @When("^the client asks for the first cursor page of \"(\\w+)\" filtered by (.+) (\\d+) at a time$")
  public void start(String collection, String filter, int count) {
    this.listPath = "/" + collection + "?filter=" + Query.value(world.fill(filter));
    this.count = count;
    walk = new CursorPages(cursor -> world.send("GET", page(cursor, count), null));
    walk.first();
  }

  private String page(String cursor, int n) {
    return listPath + "&count=" + n + "&cursor=" + Query.value(cursor);
  }

  /** A list with a count and no startIndex or cursor: RFC 9865 §2.3 lets the target page it by cursor anyway. */
  @When("^the client asks for a page of \"(\\w+)\" filtered by (.+) (\\d+) at a time, naming no pagination method$")
  public void plainPage(String collection, String filter, int count) {
    this.listPath = "/" + collection + "?filter=" + Query.value(world.fill(filter));
    this.count = count;
    walk = new CursorPages(cursor -> world.send("GET", cursor.isEmpty() ? listPath + "&count=" + count
        : page(cursor, count), null));
    walk.first();
  }

  @When("the client continues by cursor, where the page offers a nextCursor")
  public void continueWhereOffered() {
    Assumptions.assumeTrue(walk.last().nextCursor() != null, "skipped: the page offers no nextCursor, so the target"
        + " does not require cursor pagination here (RFC 9865 §2.3)");
    walk.toEnd(MAX_PAGES);
  }

  @When("the client follows the nextCursor")
  public void next() {
    if (walk.next().isEmpty()) {
      throw Expect.fail(world.last(), "a page with a nextCursor to follow", "none");
    }
  }

  @When("the client continues the cursor walk to its end")
  public void toEnd() {
    walk.toEnd(MAX_PAGES);
  }

  @When("the client sends the nextCursor again with count {int}")
  public void nextWithCount(int otherCount) {
    ScimResponse page = walk.last().response();
    String nextCursor = walk.last().nextCursor();
    if (nextCursor == null) {
      throw Expect.fail(page, "a page with a nextCursor", "none");
    }
    world.send("GET", page(nextCursor, otherCount), null);
  }

  @When("the client follows the previousCursor, where the page offers one")
  public void previous() {
    String previous = walk.last().previousCursor();
    Assumptions.assumeTrue(previous != null, "skipped: the page offers no previousCursor (OPTIONAL, RFC 9865 §2)");
    world.send("GET", page(previous, count), null);
  }

  @When("^the client lists \"(\\w+)\" filtered by (.+) with cursor \"([^\"]*)\"(?: and (count|startIndex) (-?\\d+))?$")
  public void withCursor(String collection, String filter, String cursor, String param, String value) {
    world.send("GET", "/" + collection + "?filter=" + Query.value(world.fill(filter)) + "&cursor="
        + Query.value(cursor) + (param == null ? "" : "&" + param + "=" + value), null);
  }

  /** RFC 9865 §5.2: a cursor changed by a client is a forgery the provider should detect. */
  @When("the client sends the nextCursor with one character changed")
  public void forged() {
    String c = walk.last().nextCursor();
    if (c == null) {
      throw Expect.fail(walk.last().response(), "a page with a nextCursor", "none");
    }
    int i = c.length() / 2;
    String forged = c.substring(0, i) + (c.charAt(i) == 'A' ? 'B' : 'A') + c.substring(i + 1);
    world.send("GET", page(forged, count), null);
  }

  @When("the target's cursorTimeout passes")
  public void timeoutPasses() {
    letTimePass(timeout().plusSeconds(1));
  }

  /**
   * Nine tenths of the timeout, and at least a second short of it: the next request must still reach the target
   * within the cursor's life on a slow machine or a far endpoint, where a one-second margin expired the cursor of a
   * correct server.
   */
  @When("nine tenths of the target's cursorTimeout pass")
  public void almostTimeout() {
    Duration t = timeout();
    Duration margin = t.dividedBy(10).compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : t.dividedBy(10);
    letTimePass(t.minus(margin));
  }

  @Then("the cursor walk holds exactly {string}")
  public void holdsExactly(String aliases) {
    List<String> want = world.ids(Aliases.parse(aliases));
    ended();
    List<String> got = walk.ids();
    if (got.size() != want.size() || !new HashSet<>(got).equals(new HashSet<>(want))) {
      throw Expect.fail(walk.last().response(), "every one of [" + aliases + "] " + want + " exactly once",
          "the ids " + got + " in " + walk.pages().size() + " pages");
    }
  }

  /** RFC 9865 promises nothing for resources created or deleted during the walk: only the others are counted. */
  @Then("the cursor walk holds every one of {string} exactly once and nothing twice")
  public void holdsThroughout(String aliases) {
    List<String> want = world.ids(Aliases.parse(aliases));
    ended();
    if (!walk.missing(want).isEmpty() || !walk.repeated().isEmpty()) {
      throw Expect.fail(walk.last().response(), "every one of [" + aliases + "] " + want
          + " exactly once and no id twice", "missing " + walk.missing(want) + ", twice " + walk.repeated());
    }
  }

  @Then("the cursor walk ends on a page without nextCursor")
  public void ended() {
    walk.unfinished().ifPresent(why -> {
      throw Expect.fail(walk.last().response(), "a last page without nextCursor (RFC 9865 §2)", why);
    });
  }

  @Then("every cursor of the walk is made of unreserved characters")
  public void unreserved() {
    if (!walk.malformedCursors().isEmpty()) {
      throw Expect.fail(walk.last().response(), "cursors of RFC 3986 §2.3 unreserved characters",
          walk.malformedCursors().toString());
    }
  }

  @Then("the cursor walk lists {string} in that order")
  public void inOrder(String aliases) {
    ended();
    List<String> want = world.ids(Aliases.parse(aliases));
    if (!walk.ids().equals(want)) {
      throw Expect.fail(walk.last().response(), "[" + aliases + "] " + want + " in that order", walk.ids().toString());
    }
  }

  @Then("the page lists what the walk's first page listed")
  public void sameAsFirst() {
    List<String> first = walk.pages().get(0).ids();
    List<String> got = ListView.ids(world.last().json());
    if (!got.equals(first)) {
      throw Expect.fail(world.last(), "the first page again, " + first, got.toString());
    }
  }

  @Then("the list has at most {int} resources")
  public void atMost(int n) {
    ScimResponse r = world.last();
    Expect.listResponse(r);
    if (ListView.ids(r.json()).size() > n) {
      throw Expect.fail(r, "at most " + n + " resources", ListView.ids(r.json()).size() + " resources");
    }
  }

  @Then("the ServiceProviderConfig's pagination is well-formed")
  public void paginationWellFormed() {
    List<String> problems = PaginationConfig.of(world.last().json()).problems();
    if (!problems.isEmpty()) {
      throw Expect.fail(world.last(), "the RFC 9865 §4 pagination attribute", String.join("; ", problems));
    }
  }

  /** RFC 9865 §2.4: a list that names no pagination method is paged by the default the configuration names. */
  @Then("the list is paged by the configuration's default pagination method")
  public void pagedByDefault() {
    String method = config().defaultMethod().orElse(null);
    Assumptions.assumeTrue(method != null, "skipped: the configuration names no defaultPaginationMethod");
    ScimResponse r = world.last();
    Expect.listResponse(r);
    boolean byCursor = Json.field(r.json(), "nextCursor") != null;
    if (byCursor != method.equals("cursor")) {
      throw Expect.fail(r, "a page by " + method + (method.equals("cursor") ? ", with a nextCursor" : ", without "
          + "nextCursor"), byCursor ? "a nextCursor" : "no nextCursor");
    }
  }

  @Then("the response is a ListResponse or a SCIM error 400")
  public void pageOrError() {
    ScimResponse r = world.last();
    if (r.status() == 400) {
      Expect.scimError(r, 400, null);
    } else {
      Expect.listResponse(r);
    }
  }

  private PaginationConfig config() {
    return PaginationConfig.of(world.capabilities().config());
  }

  private Duration timeout() {
    return config().cursorTimeout().orElseGet(() -> {
      Assumptions.abort("skipped: the configuration advertises no cursorTimeout (RFC 9865 §4)");
      return Duration.ZERO;
    });
  }

  /**
   * The embedded server's clock is moved; a remote target's is waited out when its timeout is short. Either way
   * time passes for every scenario's cursors, so only a scenario tagged {@code @clock} may do it
   * ({@link ClockGuard}).
   */
  private void letTimePass(Duration d) {
    if (!clock.exclusive()) {
      throw new IllegalStateException("a scenario that lets time pass must be tagged " + ClockGuard.TAG);
    }
    TargetSession session = Targets.current().orElseThrow();
    if (session.target().advanceClock(d) || TargetClock.advance(d)) {
      return;
    }
    Assumptions.assumeTrue(timeout().compareTo(SHORT_TIMEOUT) <= 0, "skipped: the target's cursorTimeout is "
        + timeout().toSeconds() + " s; expiry is checked against remote targets only when it is at most "
        + SHORT_TIMEOUT.toSeconds() + " s");
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the cursorTimeout passed", e);
    }
  }
}
