package dev.scimharness.steps.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.conformance.BodyPath;
import dev.scimharness.conformance.Capabilities;
import dev.scimharness.conformance.ConformanceFailure;
import dev.scimharness.conformance.Created;
import dev.scimharness.conformance.Interpolator;
import dev.scimharness.conformance.RunNames;
import dev.scimharness.scim.Json;
import dev.scimharness.endpoint.Auth;
import dev.scimharness.endpoint.HarnessConfig;
import dev.scimharness.endpoint.Request;
import dev.scimharness.endpoint.ScimClient;
import dev.scimharness.endpoint.ScimResponse;
import dev.scimharness.conformance.Extensions;
import dev.scimharness.conformance.TargetSession;
import dev.scimharness.conformance.Targets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The state of one scenario: its run id, the resources it refers to by alias, what it created (deleted
 * afterwards), the last response and variables. PicoContainer creates one per scenario.
 */
public final class ScimWorld {
  private final TargetSession session;
  private String run;
  private final Map<String, Tracked> aliases = new LinkedHashMap<>();
  private final Deque<String> created = new ArrayDeque<>();
  private final Map<String, String> variables = new HashMap<>();
  private final Map<String, String> nextHeaders = new LinkedHashMap<>();
  private ScimResponse last;
  private Request lastRequest;
  private List<ScimResponse> batch = List.of();

  public ScimWorld() {
    this.session = Targets.shared(HarnessConfig.fromSystem());
  }

  /** Drawn on first use, once the scenario's key is set ({@link ScenarioKeys}). */
  public String run() {
    if (run == null) {
      run = RunNames.newRun();
    }
    return run;
  }

  public ScimClient client() {
    return session.client();
  }

  public Capabilities capabilities() {
    return session.capabilities();
  }

  public Extensions extensions() {
    return session.extensions();
  }

  // ---- requests ------------------------------------------------------------------------------------------

  /** Sends a request (placeholders already filled), with any headers staged for it, and records the answer. */
  public ScimResponse send(Request request) {
    Request r = request;
    for (Map.Entry<String, String> h : nextHeaders.entrySet()) {
      r = r.withHeader(h.getKey(), h.getValue());
    }
    nextHeaders.clear();
    lastRequest = r;
    return remember(r, client().send(r));
  }

  /** Sends the previous request once more, headers and all: what a client retrying after a timeout does. */
  public ScimResponse repeatLast() {
    if (lastRequest == null) {
      throw new IllegalStateException("no request to repeat");
    }
    return remember(lastRequest, client().send(lastRequest));
  }

  public ScimResponse send(String method, String path, String body) {
    return send(Request.of(method, fill(path), body == null ? null : fill(body)));
  }

  public ScimResponse send(String method, String path, String body, Auth auth) {
    return send(Request.of(method, fill(path), body == null ? null : fill(body)).withAuth(auth));
  }

  /** Sends several requests at once; every answer is recorded, the last one becomes {@link #last()}. */
  public List<ScimResponse> sendAll(List<Request> requests) {
    List<ScimResponse> answers = client().sendAll(requests);
    for (int i = 0; i < answers.size(); i++) {
      remember(requests.get(i), answers.get(i));
    }
    batch = answers;
    return answers;
  }

  private ScimResponse remember(Request request, ScimResponse response) {
    last = response;
    String uri = client().underBase(request.path()).toString();
    Created.address(request.method(), uri, response).ifPresent(this::created);
    if (request.method().equalsIgnoreCase("POST") && uri.toLowerCase().endsWith("/bulk") && response.json() != null) {
      Created.bulkLocations(response.json()).forEach(l ->
          Created.addressUnder(client().base(), response.requestUri(), l).ifPresent(this::created));
    }
    return response;
  }

  /** Records the address of a resource to delete after the scenario (newest first). */
  public void created(String address) {
    if (!created.contains(address)) {
      created.push(address);
    }
  }

  public void stageHeader(String name, String value) {
    nextHeaders.put(name, fill(value));
  }

  public ScimResponse last() {
    if (last == null) {
      throw new IllegalStateException("no request was sent yet in this scenario");
    }
    return last;
  }

  public Optional<ScimResponse> lastIfAny() {
    return Optional.ofNullable(last);
  }

  public List<ScimResponse> batch() {
    return batch;
  }

  // ---- aliases -------------------------------------------------------------------------------------------

  /**
   * Names the resource a response carries (it has an id): later steps address it as {@code {base}/{collection}/{id}}
   * (RFC 7644 §3.2), never at its Location or meta.location, which only the location scenarios judge.
   */
  public void track(String alias, String collection, ScimResponse response) {
    JsonNode body = response.json();
    JsonNode id = Json.field(body, "id");
    if (id == null || !id.isValueNode() || id.asText().isEmpty()) {
      throw new ConformanceFailure("the representation of '" + alias + "' has no id: " + response.redactedBody());
    }
    String address = Created.addressIn(client().underBase("/" + collection).toString(), id.asText());
    aliases.put(alias, new Tracked(collection, address, body, response.header("ETag").orElse(null)));
  }

  /** Updates what is known of an alias after a read or write answered with its representation. */
  public void refresh(String alias, ScimResponse response) {
    Tracked t = tracked(alias);
    JsonNode body = response.json();
    boolean representation = response.status() >= 200 && response.status() < 300 && body != null
        && Json.field(body, "id") != null;
    aliases.put(alias, t.with(representation ? body : null, response.header("ETag").orElse(null)));
  }

  public Tracked tracked(String alias) {
    Tracked t = aliases.get(alias);
    if (t == null) {
      throw new IllegalArgumentException("no resource called '" + alias + "' in this scenario; known: " + aliases.keySet());
    }
    return t;
  }

  /** Where the suite sends requests about {@code alias}: {@code {base}/{collection}/{id}}. */
  public String address(String alias) {
    return tracked(alias).address();
  }

  public String id(String alias) {
    JsonNode id = Json.field(tracked(alias).json(), "id");
    if (id == null) {
      throw new ConformanceFailure("the representation of '" + alias + "' has no id");
    }
    return id.asText();
  }

  public List<String> ids(List<String> aliasList) {
    return aliasList.stream().map(this::id).toList();
  }

  public void set(String variable, String value) {
    variables.put(variable, value);
  }

  // ---- placeholders --------------------------------------------------------------------------------------

  public String fill(String text) {
    return Interpolator.fill(text, this::resolve);
  }

  private String resolve(String key) {
    if (key.equals("run")) {
      return run();
    }
    if (key.equals("base")) {
      return client().base().toString();
    }
    if (variables.containsKey(key)) {
      return variables.get(key);
    }
    int dot = key.indexOf('.');
    String head = dot < 0 ? key : key.substring(0, dot);
    String path = dot < 0 ? "" : key.substring(dot + 1);
    if (head.equals("last") && last != null) {
      return text(BodyPath.first(last.json(), path));
    }
    Tracked t = aliases.get(head);
    if (t == null) {
      return null;
    }
    return switch (path) {
      case "address" -> t.address();
      case "etag" -> t.etag();
      case "", "id" -> text(Json.field(t.json(), "id"));
      default -> text(BodyPath.first(t.json(), path));
    };
  }

  private static String text(JsonNode n) {
    return n == null ? null : n.isValueNode() ? n.asText() : n.toString();
  }

  /**
   * Reads an alias's resource back: a 200, judged as every resource answer is (RFC 7644 §3.4.1), and remembered as
   * the alias's latest state.
   */
  public ScimResponse readBack(String alias) {
    ScimResponse r = send("GET", address(alias), null);
    dev.scimharness.conformance.Expect.status(r, 200);
    dev.scimharness.conformance.ResourceAnswers.check(r, client().base());
    refresh(alias, r);
    return r;
  }

  /** A GET that must answer 200 with a JSON body, such as a discovery list. */
  public ScimResponse getJson(String path) {
    ScimResponse r = send("GET", path, null);
    dev.scimharness.conformance.Expect.status(r, 200);
    if (r.json() == null) {
      throw dev.scimharness.conformance.Expect.fail(r, "a JSON body", "none");
    }
    return r;
  }

  // ---- cleanup -------------------------------------------------------------------------------------------

  /**
   * Deletes everything this scenario created, newest first; never anything else. Answers are not judged. Deletes
   * within one collection go out together, at most {@value #DELETES_AT_ONCE} at a time: a scenario that made a
   * thousand users should not cost a thousand round trips to a remote endpoint. A newer collection's resources
   * still go before an older one's (a group before the users it was made for).
   */
  public void cleanUp() {
    List<String> failures = new ArrayList<>();
    while (!created.isEmpty()) {
      String collection = collection(created.peek());
      List<Request> batch = new ArrayList<>();
      while (!created.isEmpty() && batch.size() < DELETES_AT_ONCE && collection(created.peek()).equals(collection)) {
        batch.add(Request.of("DELETE", created.pop()));
      }
      List<ScimResponse> answers = client().sendAll(batch);
      for (int i = 0; i < answers.size(); i++) {
        int status = answers.get(i).status();
        if (status != 204 && status != 200 && status != 404) {
          failures.add(batch.get(i).path() + " -> " + status);
        }
      }
    }
    if (!failures.isEmpty()) {
      System.err.println("[conformance] could not delete " + failures);
    }
  }

  private static final int DELETES_AT_ONCE = 32;

  private static String collection(String address) {
    int slash = address.lastIndexOf('/');
    return slash < 0 ? "" : address.substring(0, slash);
  }
}
