package dev.scimharness.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.endpoint.Request;
import dev.scimharness.endpoint.ScimClient;
import dev.scimharness.endpoint.ScimResponse;
import dev.scimharness.scim.Json;
import dev.scimharness.scim.ResourceSchema;
import dev.scimharness.scim.SchemaRegistry;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The target a fuzz run works on, through the harness's one client, and every resource the run created there: each
 * try deletes its own, and {@link #close} deletes whatever is left, even after a failure. Names start with the run
 * id ({@code <run prefix>fz<3 characters>}), so the run's sweep also finds anything an aborted run left.
 */
public final class FuzzTarget implements AutoCloseable {
  static final SchemaRegistry STANDARD = SchemaRegistry.standard();
  static final ResourceSchema USERS = STANDARD.resourceSchema("User");
  static final ResourceSchema GROUPS = STANDARD.resourceSchema("Group");
  /** Placeholders for the users a group case may name as members. */
  static final List<String> MEMBERS = List.of("{{m0}}", "{{m1}}", "{{m2}}");
  static final String SELF = "{{self}}";
  static final String PREFIX = "{{p}}";
  private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

  private final ScimClient client;
  private final String runId;
  private final boolean etag;
  private final ResourceSchema declaredUsers;
  private final ConcurrentLinkedDeque<String> created = new ConcurrentLinkedDeque<>();
  private final AtomicLong names = new AtomicLong();
  private volatile Map<String, String> members;

  private FuzzTarget(ScimClient client, String runId, boolean etag, ResourceSchema declaredUsers) {
    this.client = client;
    this.runId = runId;
    this.etag = etag;
    this.declaredUsers = declaredUsers;
  }

  /** Reads what the target declares: ETag support (RFC 7644 §3.14) and the User schema's caseExact flags. */
  public static FuzzTarget open(ScimClient client, String namePrefix) {
    SecureRandom random = new SecureRandom();
    StringBuilder id = new StringBuilder(namePrefix).append("fz");
    for (int i = 0; i < 3; i++) {
      id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    ScimResponse config = client.send(Request.of("GET", "/ServiceProviderConfig"));
    JsonNode supported = config.status() == 200 ? Json.field(Json.field(config.json(), "etag"), "supported") : null;
    boolean etag = supported != null && supported.asBoolean(false);
    return new FuzzTarget(client, id.toString(), etag, declaredUsers(client));
  }

  /** The target's own User schema where it serves one the harness can read, for its caseExact choices. */
  private static ResourceSchema declaredUsers(ScimClient client) {
    try {
      ScimResponse r = client.send(Request.of("GET", "/Schemas/" + SchemaRegistry.USER));
      if (r.status() == 200 && r.json() != null && r.json().has("attributes")) {
        SchemaRegistry registry = SchemaRegistry.standard();
        registry.register(r.json());
        return registry.resourceSchema("User");
      }
    } catch (RuntimeException e) {
      // An unreadable schema is not the fuzz's to judge (the discovery scenarios do): use RFC 7643's.
    }
    return USERS;
  }

  public ScimClient client() {
    return client;
  }

  public String runId() {
    return runId;
  }

  public boolean etag() {
    return etag;
  }

  ResourceSchema declaredUsers() {
    return declaredUsers;
  }

  /** A name no other resource of the run has. */
  String freshName() {
    return runId + "-" + names.incrementAndGet();
  }

  /** POSTs {@code json}; the new resource's location, or {@code null} with the answer in {@code why}. */
  String create(String endpoint, String json, StringBuilder why) {
    ScimResponse r = client.send(Request.of("POST", "/" + endpoint, json));
    JsonNode id = r.json() == null ? null : Json.field(r.json(), "id");
    if (r.status() != 201 || id == null || !id.isTextual()) {
      why.append("POST /").append(endpoint).append(" answered ").append(r.status()).append(' ')
          .append(r.status() == 0 ? r.exchange().error() : r.redactedBody());
      return null;
    }
    String location = "/" + endpoint + "/" + id.asText();
    created.push(location);
    return location;
  }

  /** A resource created outside {@link #create}, to be deleted at the end if nothing else does. */
  void remember(String location) {
    created.push(location);
  }

  /** A resource deleted outside {@link #delete}. */
  void forget(String location) {
    created.remove(location);
  }

  void delete(String location) {
    client.send(Request.of("DELETE", location));
    created.remove(location);
  }

  /** The ids of the member users, created on first use. */
  Map<String, String> members() {
    Map<String, String> m = members;
    if (m == null) {
      synchronized (this) {
        if (members == null) {
          Map<String, String> ids = new LinkedHashMap<>();
          for (String placeholder : MEMBERS) {
            String name = freshName();
            StringBuilder why = new StringBuilder();
            String location = create("Users", "{\"schemas\":[\"" + SchemaRegistry.USER + "\"],\"userName\":\""
                + name + "\",\"displayName\":\"" + name + "\"}", why);
            if (location == null) {
              throw new SetUpFailed("could not create the member users: " + why);
            }
            ids.put(placeholder, location.substring(location.lastIndexOf('/') + 1));
          }
          members = Collections.unmodifiableMap(ids);
        }
        m = members;
      }
    }
    return m;
  }

  /** The text with every placeholder replaced by this run's value. */
  String substitute(String text, String self) {
    String out = text.replace(PREFIX, runId);
    if (self != null) {
      out = out.replace(SELF, self);
    }
    if (out.contains("{{m")) {
      for (Map.Entry<String, String> e : members().entrySet()) {
        out = out.replace(e.getKey(), e.getValue());
      }
    }
    return out;
  }

  /** Deletes what is left: groups before users, so no member reference dangles on the way. */
  @Override
  public void close() {
    List<String> left = new ArrayList<>(created);
    left.sort((a, b) -> Boolean.compare(a.startsWith("/Users"), b.startsWith("/Users")));
    left.forEach(this::delete);
  }

  /** The target refused what a try needs before it can test anything. */
  static final class SetUpFailed extends RuntimeException {
    SetUpFailed(String message) {
      super(message);
    }
  }
}
