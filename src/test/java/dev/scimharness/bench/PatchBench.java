package dev.scimharness.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.utils.JsonUtils;
import dev.scimharness.lint.LintFinding;
import dev.scimharness.patch.PatchEngine;
import dev.scimharness.patch.PatchParser;
import dev.scimharness.patch.PatchRequest;
import dev.scimharness.scim.Json;
import dev.scimharness.scim.Leniency;
import dev.scimharness.scim.ResourceSchema;
import dev.scimharness.scim.SchemaRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * PATCH apply, side by side with the UnboundID SCIM 2 SDK on the same inputs: a five-operation user update and one
 * member added to a group of 10,000. Both sides start from the PatchOp message as a Jackson tree and the stored
 * resource, and leave the stored resource untouched: the harness engine copies it itself; the SDK mutates in place,
 * so its side copies first, as a server keeping its stored copy must. The {@code *Parsed} variants take the request
 * already parsed, to show the engine alone. Run:
 * {@code mvn -B -Pbench test -Djmh.args="PatchBench -f 1 -wi 3 -i 5 -w 1s -r 1s"}; numbers in docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PatchBench {
  private static final String ENTERPRISE = SchemaRegistry.ENTERPRISE_USER;

  private ResourceSchema users;
  private ResourceSchema groups;
  private ObjectNode user;
  private ObjectNode group;
  private JsonNode userMessage;
  private JsonNode groupMessage;
  private PatchRequest userRequest;
  private PatchRequest groupRequest;
  private com.unboundid.scim2.common.messages.PatchRequest sdkUserRequest;
  private com.unboundid.scim2.common.messages.PatchRequest sdkGroupRequest;

  @Setup
  public void setUp() throws Exception {
    SchemaRegistry registry = SchemaRegistry.standard();
    users = registry.resourceSchema("User");
    groups = registry.resourceSchema("Group");
    user = (ObjectNode) Json.parse("""
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User",
                    "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
         "id":"2819c223-7f76-453a-919d-413861904646","externalId":"bjensen",
         "meta":{"resourceType":"User","created":"2010-01-23T04:56:22Z","lastModified":"2011-05-13T04:42:34Z",
                 "version":"W/\\"3694e05e9dff590\\"",
                 "location":"https://example.com/v2/Users/2819c223-7f76-453a-919d-413861904646"},
         "userName":"bjensen@example.com",
         "name":{"formatted":"Ms. Barbara J Jensen, III","familyName":"Jensen","givenName":"Barbara",
                 "middleName":"Jane","honorificPrefix":"Ms.","honorificSuffix":"III"},
         "displayName":"Babs Jensen","nickName":"Babs","profileUrl":"https://login.example.com/bjensen",
         "emails":[{"value":"bjensen@example.com","type":"work","primary":true},
                   {"value":"babs@jensen.org","type":"home"}],
         "addresses":[{"type":"work","streetAddress":"100 Universal City Plaza","locality":"Hollywood",
                       "region":"CA","postalCode":"91608","country":"USA","primary":true},
                      {"type":"home","streetAddress":"456 Hollywood Blvd","locality":"Hollywood","region":"CA",
                       "postalCode":"91608","country":"USA"}],
         "phoneNumbers":[{"value":"555-555-5555","type":"work"},{"value":"555-555-4444","type":"mobile"}],
         "userType":"Employee","title":"Tour Guide","preferredLanguage":"en-US","locale":"en-US",
         "timezone":"America/Los_Angeles","active":true,
         "groups":[{"value":"e9e30dba-f08f-4109-8486-d5c6a331660a","display":"Tour Guides"}],
         "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"employeeNumber":"701984",
           "organization":"Universal Studios","division":"Theme Park","department":"Tour Operations",
           "manager":{"value":"26118915-6090-4610-87e4-49d8ca9f808d","displayName":"John Smith"}}}""");
    userMessage = Json.parse("""
        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[
          {"op":"replace","path":"name.givenName","value":"Barbara Jane"},
          {"op":"add","path":"emails","value":[{"value":"bj@example.org","type":"other"}]},
          {"op":"replace","path":"active","value":false},
          {"op":"remove","path":"phoneNumbers[type eq \\"work\\"]"},
          {"op":"add","path":"%s:costCenter","value":"4130"}]}""".formatted(ENTERPRISE));
    group = (ObjectNode) Json.parse("""
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"id":"e9e30dba-f08f-4109-8486-d5c6a331660a",
         "displayName":"Everyone","meta":{"resourceType":"Group","created":"2010-01-23T04:56:22Z"}}""");
    ArrayNode members = group.putArray("members");
    for (int i = 0; i < 10_000; i++) {
      String id = String.format("%08x-7f76-453a-919d-413861904646", i);
      members.addObject().put("value", id).put("$ref", "https://example.com/v2/Users/" + id)
          .put("display", "User " + i);
    }
    groupMessage = Json.parse("""
        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[
          {"op":"add","path":"members","value":[{"value":"23a35c27-23d3-4c03-b4c5-6443c09e7173",
            "$ref":"https://example.com/v2/Users/23a35c27-23d3-4c03-b4c5-6443c09e7173","display":"New User"}]}]}""");
    userRequest = PatchParser.parse(userMessage, Leniency.STRICT, new ArrayList<>());
    groupRequest = PatchParser.parse(groupMessage, Leniency.STRICT, new ArrayList<>());
    sdkUserRequest = sdkParse(userMessage);
    sdkGroupRequest = sdkParse(groupMessage);
    sameResult("user update", harnessUserUpdate(), sdkUserUpdate());
    sameResult("group member add", harnessGroupMemberAdd(), sdkGroupMemberAdd());
  }

  private static com.unboundid.scim2.common.messages.PatchRequest sdkParse(JsonNode message) throws Exception {
    return JsonUtils.nodeToValue(message, com.unboundid.scim2.common.messages.PatchRequest.class);
  }

  private static ObjectNode sdkApply(com.unboundid.scim2.common.messages.PatchRequest request, ObjectNode stored)
      throws Exception {
    ObjectNode copy = stored.deepCopy();
    for (com.unboundid.scim2.common.messages.PatchOperation op : request) {
      op.apply(copy);
    }
    return copy;
  }

  /** Both sides must do the same work: their results are compared once before measuring. */
  private static void sameResult(String what, ObjectNode harness, ObjectNode sdk) {
    if (!harness.equals(sdk)) {
      throw new IllegalStateException(what + ": the two implementations disagree\n" + Json.write(harness) + "\n"
          + Json.write(sdk));
    }
  }

  // ---- message → new resource -------------------------------------------------------------------------------------

  @Benchmark
  public ObjectNode harnessUserUpdate() {
    List<LintFinding> findings = new ArrayList<>(0);
    return PatchEngine.apply(user, PatchParser.parse(userMessage, Leniency.STRICT, findings), users,
        Leniency.STRICT).resource();
  }

  @Benchmark
  public ObjectNode sdkUserUpdate() throws Exception {
    return sdkApply(sdkParse(userMessage), user);
  }

  @Benchmark
  public ObjectNode harnessGroupMemberAdd() {
    List<LintFinding> findings = new ArrayList<>(0);
    return PatchEngine.apply(group, PatchParser.parse(groupMessage, Leniency.STRICT, findings), groups,
        Leniency.STRICT).resource();
  }

  @Benchmark
  public ObjectNode sdkGroupMemberAdd() throws Exception {
    return sdkApply(sdkParse(groupMessage), group);
  }

  // ---- parsed request → new resource ------------------------------------------------------------------------------

  @Benchmark
  public ObjectNode harnessUserUpdateParsed() {
    return PatchEngine.apply(user, userRequest, users, Leniency.STRICT).resource();
  }

  @Benchmark
  public ObjectNode sdkUserUpdateParsed() throws Exception {
    return sdkApply(sdkUserRequest, user);
  }

  @Benchmark
  public ObjectNode harnessGroupMemberAddParsed() {
    return PatchEngine.apply(group, groupRequest, groups, Leniency.STRICT).resource();
  }

  @Benchmark
  public ObjectNode sdkGroupMemberAddParsed() throws Exception {
    return sdkApply(sdkGroupRequest, group);
  }
}
