package dev.scimharness.sigma.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.Json;
import dev.scimharness.endpoint.HarnessConfig;
import dev.scimharness.endpoint.Request;
import dev.scimharness.endpoint.ScimClient;
import dev.scimharness.endpoint.ScimResponse;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Sigma's REST API ({@code /v2}) as a person or a script uses it: members and teams addressed by email and name. */
public final class SigmaApiClient implements AutoCloseable {
  private final ScimClient client;

  public SigmaApiClient(URI apiBaseUrl, String apiToken, HarnessConfig config) {
    this.client = new ScimClient(apiBaseUrl, apiToken, Map.of(), config.connectTimeout(), config.readTimeout(),
        config.insecure());
  }

  public ScimResponse listMembers(boolean includeInactive) {
    return client.send(Request.of("GET", "/members" + (includeInactive ? "?includeInactive=true" : "")));
  }

  /** Every member with this email (case-insensitive), inactive and archived ones included. */
  public List<JsonNode> membersWithEmail(String email) {
    ScimResponse r = client.send(Request.of("GET", "/members?includeInactive=true&search=" + encode(email)));
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode m : entries(r)) {
      if (m.path("email").asText().equalsIgnoreCase(email)) {
        out.add(m);
      }
    }
    return out;
  }

  /** The member with this email the IdP would be talking about: the one the IdP manages, if there is one. */
  public Optional<JsonNode> member(String email) {
    List<JsonNode> all = membersWithEmail(email);
    return all.stream().filter(m -> m.path("managedByIdp").asBoolean()).findFirst()
        .or(() -> all.stream().findFirst());
  }

  public String memberId(String email) {
    return member(email).map(m -> m.path("memberId").asText())
        .orElseThrow(() -> new IllegalStateException("Sigma has no member " + email));
  }

  public ScimResponse patchMember(String email, ObjectNode body) {
    return client.send(Request.of("PATCH", "/members/" + memberId(email), Json.write(body)));
  }

  public ScimResponse listTeams() {
    return client.send(Request.of("GET", "/teams"));
  }

  public List<JsonNode> teamsNamed(String name) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode t : entries(listTeams())) {
      if (t.path("name").asText().equalsIgnoreCase(name)) {
        out.add(t);
      }
    }
    return out;
  }

  public Optional<JsonNode> team(String name) {
    return teamsNamed(name).stream().findFirst();
  }

  public String teamId(String name) {
    return team(name).map(t -> t.path("teamId").asText())
        .orElseThrow(() -> new IllegalStateException("Sigma has no team " + name));
  }

  public ScimResponse patchTeam(String name, ObjectNode body) {
    return client.send(Request.of("PATCH", "/teams/" + teamId(name), Json.write(body)));
  }

  /** {@code PATCH /v2/teams/{teamId}/members} with members given by email. */
  public ScimResponse patchTeamMembers(String name, List<String> addEmails, List<String> removeEmails) {
    ObjectNode body = Json.object();
    addEmails.forEach(e -> body.withArray("add").add(memberId(e)));
    removeEmails.forEach(e -> body.withArray("remove").add(memberId(e)));
    return client.send(Request.of("PATCH", "/teams/" + teamId(name) + "/members", Json.write(body)));
  }

  /** The emails of a team's members, as Sigma shows them; empty when there is no such team. */
  public Optional<List<String>> teamMemberEmails(String name) {
    Optional<JsonNode> team = team(name);
    if (team.isEmpty()) {
      return Optional.empty();
    }
    List<JsonNode> members = entries(listMembers(true));
    List<String> emails = new ArrayList<>();
    for (JsonNode id : team.get().path("members")) {
      members.stream().filter(m -> m.path("memberId").asText().equals(id.asText())).findFirst()
          .ifPresent(m -> emails.add(m.path("email").asText()));
    }
    return Optional.of(emails.stream().sorted().toList());
  }

  /**
   * The entries of a list answer. Anything but a 200 with an {@code entries} array is an answer to read, not an
   * empty list: a check that Sigma shows nobody must not pass because the API refused to say.
   */
  public static List<JsonNode> entries(ScimResponse r) {
    if (r.status() != 200 || r.json() == null || !r.json().path("entries").isArray()) {
      throw new AssertionError("the REST API did not answer a list: " + r.status() + " " + r.redactedBody());
    }
    List<JsonNode> out = new ArrayList<>();
    r.json().path("entries").forEach(out::add);
    return out;
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    client.close();
  }
}
