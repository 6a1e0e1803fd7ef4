package dev.scimharness.clientreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.unboundid.scim2.client.ScimService;
import com.unboundid.scim2.common.filters.Filter;
import com.unboundid.scim2.common.messages.ListResponse;
import com.unboundid.scim2.common.types.Email;
import com.unboundid.scim2.common.types.GroupResource;
import com.unboundid.scim2.common.types.Member;
import com.unboundid.scim2.common.types.Name;
import com.unboundid.scim2.common.types.UserResource;
import dev.scimharness.requirements.Level;
import dev.scimharness.scim.Leniency;
import dev.scimharness.server.EmbeddedServer;
import dev.scimharness.server.LintRecord;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A client we did not write, UnboundID/Ping's SCIM 2 SDK client ({@code scim2-sdk-client}), provisions into the
 * strict reference server: discovery, create, search (GET and POST), PATCH, PUT, groups and their members, delete.
 * Strict refuses what RFC 7644 forbids, so any such request fails the call; the client report over its traffic
 * must hold no MUST finding, and each lesser finding is pinned here with the RFC sentence that grades it.
 */
class UnboundIdClientTest {
  private static EmbeddedServer server;
  private static ReportBuilder builder;
  private static Client http;
  private static ClientReport report;

  @BeforeAll
  static void provisionWithTheSdk() throws Exception {
    server = EmbeddedServer.start(b -> b.leniency(Leniency.STRICT));
    builder = new ReportBuilder("scim2-sdk-client 4.0.0", DialectShapes.shipped(), Clock.systemUTC());
    server.server().lint().listen(builder::add);
    http = ClientBuilder.newClient(new org.glassfish.jersey.client.ClientConfig()
        .connectorProvider(JdkHttpConnector.provider())).register((jakarta.ws.rs.client.ClientRequestFilter) rq ->
        rq.getHeaders().putSingle("Authorization", "Bearer " + server.token()));
    ScimService scim = new ScimService(http.target(server.baseUrl()));

    // The SDK's typed ServiceProviderConfig predates RFC 9865 and refuses the "pagination" attribute a provider
    // implementing cursors SHOULD advertise (9865-4-r1): a client-side limit, read generically instead.
    jakarta.ws.rs.ProcessingException typed = org.junit.jupiter.api.Assertions.assertThrows(
        jakarta.ws.rs.ProcessingException.class, scim::getServiceProviderConfig);
    assertTrue(String.valueOf(typed.getCause()).contains("pagination is undefined"), String.valueOf(typed));
    assertTrue(dev.scimharness.requirements.Catalogue.shared().find("9865-4-r1").orElseThrow().text()
        .contains("SHOULD include"));
    assertTrue(scim.retrieve(java.net.URI.create("ServiceProviderConfig"),
        com.unboundid.scim2.common.GenericScimResource.class).getObjectNode().path("patch").path("supported")
        .asBoolean());
    assertEquals(3, scim.getResourceTypes().getTotalResults()); // User, Group and the ServicePrincipal
    assertTrue(scim.getSchemas().getTotalResults() >= 2);

    UserResource user = new UserResource().setUserName("bjensen@example.com")
        .setName(new Name().setGivenName("Barbara").setFamilyName("Jensen"))
        .setEmails(List.of(new Email().setValue("bjensen@example.com").setType("work").setPrimary(true)))
        .setPassword("t1meMa$heen").setActive(true);
    user.setExternalId("ext-1");
    UserResource created = scim.create("Users", user);

    ListResponse<UserResource> found = scim.searchRequest("Users")
        .filter(Filter.eq("userName", "BJENSEN@example.com")).invoke(UserResource.class);
    assertEquals(1, found.getTotalResults());
    assertEquals(1, scim.searchRequest("Users").filter(Filter.eq("externalId", "ext-1"))
        .invokePost(UserResource.class).getTotalResults());

    UserResource patched = scim.modifyRequest("Users", created.getId()).replaceValue("displayName", "Babs")
        .replaceValue("active", false).invoke(UserResource.class);
    assertEquals(Boolean.FALSE, patched.getActive());

    patched.setTitle("Tour Guide");
    patched.setActive(true);
    UserResource replaced = scim.replace(patched);
    assertEquals("Tour Guide", replaced.getTitle());

    GroupResource group = scim.create("Groups", new GroupResource().setDisplayName("Tour Guides")
        .setMembers(List.of(new Member().setValue(created.getId()))));
    UserResource second = scim.create("Users", new UserResource().setUserName("jsmith@example.com"));
    scim.modifyRequest("Groups", group.getId()).addValues("members", new Member().setValue(second.getId()))
        .attributes("id").invoke(GroupResource.class);
    scim.modifyRequest("Groups", group.getId()).removeValues("members[value eq \"" + created.getId() + "\"]")
        .replaceValue("displayName", "Guides").attributes("id", "displayName").invoke(GroupResource.class);
    GroupResource read = scim.retrieve("Groups", group.getId(), GroupResource.class);
    assertEquals(List.of(second.getId()), read.getMembers().stream().map(Member::getValue).toList());
    assertEquals("Guides", read.getDisplayName());

    scim.delete("Groups", group.getId());
    scim.delete("Users", created.getId());
    scim.delete("Users", second.getId());
    report = builder.snapshot();
    ReportFiles.write(report, java.nio.file.Path.of("target", "client-report-unboundid"));
    System.out.println("scim2-sdk-client against the strict reference server: " + report.totals());
  }

  @AfterAll
  static void stop() {
    if (http != null) {
      http.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void theSdkBreaksNoMust() {
    assertEquals(List.of(), report.at(Level.MUST).stream().map(RuleGroup::rule).toList(), report.totals());
    assertEquals(13, report.requests(), report.totals());
    // the traffic walked every step, so "no MUST broken" speaks for each of them
    assertEquals(java.util.EnumSet.of(Stage.CREATE, Stage.LOOKUP, Stage.SEARCH, Stage.DEACTIVATE, Stage.REACTIVATE,
        Stage.GROUP_PUSH, Stage.MEMBER_ADD, Stage.MEMBER_REMOVE, Stage.READ, Stage.DELETE, Stage.GROUP_DELETE),
        java.util.EnumSet.copyOf(report.requestsByStage().keySet()));
  }

  /** Each rule the SDK's traffic breaks below MUST, with the catalogue sentence that grades it. */
  @Test
  void eachLesserFindingIsPinnedWithItsRfcSentence() {
    Map<String, String> seen = new TreeMap<>();
    for (RuleGroup g : report.groups()) {
      seen.put(g.rule(), g.level() + " " + g.requirements().orElseThrow().primary().id());
    }
    assertEquals(PINNED, seen);
  }

  @Test
  void thePasswordTheSdkSentIsInNoRecord() {
    for (LintRecord r : server.server().lint().recent()) {
      assertFalse(r.body().contains("t1meMa$heen"), r.toJsonLine());
    }
    assertFalse(ReportMarkdown.render(report).contains("t1meMa$heen"));
  }

  /** Empty: scim2-sdk-client 4.0.0 sends nothing the lint grades, at any level. */
  private static final Map<String, String> PINNED = Map.of();
}
