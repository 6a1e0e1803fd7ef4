package dev.scimharness.fuzz;

import dev.scimharness.endpoint.Request;
import dev.scimharness.endpoint.ScimClient;
import dev.scimharness.endpoint.ScimResponse;
import dev.scimharness.faults.Faults;
import dev.scimharness.scim.Json;
import dev.scimharness.scim.Leniency;
import dev.scimharness.server.EmbeddedServer;
import dev.scimharness.server.RfcProfile;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A started reference server the fuzz sends its cases to, in one leniency, with a few users to be group members.
 * Generated payloads name members by placeholder; {@link #substitute} puts in the ids this server gave them.
 */
final class PatchFuzzTarget implements AutoCloseable {
  private final EmbeddedServer server;
  private final ScimClient client;
  private final Leniency leniency;
  private final Map<String, String> members = new LinkedHashMap<>();
  private final AtomicLong userNames = new AtomicLong();

  private PatchFuzzTarget(EmbeddedServer server, Leniency leniency) {
    this.server = server;
    this.leniency = leniency;
    this.client = new ScimClient(URI.create(server.baseUrl()), server.token(), Map.of(), Duration.ofSeconds(5),
        Duration.ofSeconds(20), false);
  }

  static PatchFuzzTarget start(Leniency leniency, Faults faults) {
    EmbeddedServer server = EmbeddedServer.start(b -> b.profile(new RfcProfile()).leniency(leniency).hooks(faults.hooks()));
    PatchFuzzTarget target = new PatchFuzzTarget(server, leniency);
    try {
      for (String placeholder : PatchFuzzCases.MEMBER_IDS) {
        String name = "member-" + placeholder.replaceAll("\\W", "");
        ScimResponse r = target.client.send(Request.of("POST", "/Users", "{\"schemas\":[\""
            + PatchFuzzCases.USERS.core().id() + "\"],\"userName\":\"" + name + "\",\"displayName\":\"" + name + "\"}"));
        if (r.status() != 201) {
          throw new IllegalStateException("could not create the member users: " + r);
        }
        target.members.put(placeholder, r.json().get("id").asText());
      }
      return target;
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
  }

  ScimClient client() {
    return client;
  }

  Leniency leniency() {
    return leniency;
  }

  /** A userName no other user of this server has (the fuzz deletes what it creates, but may change userNames). */
  String freshUserName() {
    return "fuzz-" + userNames.incrementAndGet();
  }

  /** The ids of the users that can be group members. */
  Set<String> memberIds() {
    return Set.copyOf(members.values());
  }

  String substitute(String text) {
    String out = text;
    for (Map.Entry<String, String> m : members.entrySet()) {
      out = out.replace(m.getKey(), m.getValue());
    }
    return out;
  }

  /** The placeholders and the ids they stand for, for replaying a failure by hand. */
  String legend() {
    return Json.write(Json.MAPPER.valueToTree(members));
  }

  @Override
  public void close() {
    client.close();
    server.close();
  }
}
