package dev.scimharness.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.scim.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DialectLoaderTest {
  private final DialectLoader loader = DialectLoader.standard();

  @Test
  void everyRequiredDialectIsShippedAndLoads() {
    List<String> names = loader.names();
    for (String required : List.of("okta", "okta-aiw", "entra", "entra-flagged", "onelogin", "jumpcloud",
        "pingfederate", "pingone", "rfc")) {
      assertTrue(names.contains(required), "simulators/" + required + ".yaml is missing");
    }
    assertEquals(names.size(), loader.all().size());
  }

  @Test
  void everyTemplateOfEveryDialectFillsFromTheVariablesTheEngineProvides() {
    Vars vars = new Vars();
    for (String name : List.of("runId", "probeUserName", "probeGroupName", "probeUserId", "probeGroupId", "userName",
        "externalId", "givenName", "familyName", "displayName", "email", "employeeNumber", "locale", "password", "id",
        "managerId", "groupName", "groupExternalId", "groupId", "memberId", "memberDisplay")) {
      vars.put(name, "v");
    }
    vars.put("active", true).put("members", Json.NODES.arrayNode());
    for (Dialect d : loader.all()) {
      for (Call c : calls(d)) {
        Template.text(c.path(), vars);
        c.query().values().forEach(v -> Template.text(v, vars));
        Template.render(c.body(), vars);
        c.set().values().forEach(v -> Template.render(v, vars));
      }
    }
  }

  @Test
  void theLegacyEntraDialectSendsItsDocumentedDeviations() {
    Dialect entra = loader.load("entra");
    JsonNode deactivate = entra.users().deactivate().calls().get(0).body();
    assertEquals("Replace", deactivate.at("/Operations/0/op").asText());
    assertEquals("False", deactivate.at("/Operations/0/value").textValue());
    assertEquals("+", entra.query().space());
    assertFalse(entra.users().match().notFoundMeansAbsent(), "Entra expects an empty list, not 404");
    assertFalse(entra.users().importing().applicable());
    assertTrue(entra.deviations().stream().anyMatch(d -> d.rule().equals("remove-with-value")));
  }

  @Test
  void oktaNeverDeletesUsersAndReadsBothNotFoundAnswers() {
    Dialect okta = loader.load("okta");
    assertFalse(okta.users().delete().applicable());
    assertTrue(okta.users().match().notFoundMeansAbsent());
    assertTrue(okta.users().match().emptyListMeansAbsent());
    assertEquals("previous", okta.users().update().calls().get(1).bodyFrom());
  }

  @Test
  void aDialectWithAnUnknownFieldIsRefusedNamingTheField(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("odd.yaml");
    Files.writeString(f, Files.readString(Path.of("simulators/rfc.yaml")).replace("name: rfc", "name: odd")
        .replace("contentType:", "contentTyp:"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DialectLoader.read(f));
    assertTrue(e.getMessage().contains("contentTyp"), e.getMessage());
  }

  @Test
  void anUnknownDialectNameListsTheKnownOnes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> loader.load("oktta"));
    assertTrue(e.getMessage().contains("okta-aiw"), e.getMessage());
  }

  @Test
  void placeholdersKeepTheVariablesJsonTypeWhenTheyAreTheWholeValue() {
    Vars vars = new Vars().put("active", false).put("userName", "pat");
    JsonNode out = Template.render(Json.parse("{\"a\":\"${active}\",\"b\":\"x-${userName}\",\"name.givenName\":1}"), vars);
    assertEquals("{\"a\":false,\"b\":\"x-pat\",\"name.givenName\":1}", Json.write(out));
  }

  private static List<Call> calls(Dialect d) {
    List<Call> out = new ArrayList<>();
    for (LifecycleStep s : LifecycleStep.values()) {
      Operation op = d.operation(s);
      if (op != null) {
        out.addAll(op.calls());
      }
    }
    if (d.users().match() != null) {
      out.add(d.users().match().call());
    }
    if (d.groups().match() != null) {
      out.add(d.groups().match().call());
    }
    out.add(d.users().create());
    out.add(d.groups().create());
    return out;
  }
}
