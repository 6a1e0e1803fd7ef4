package dev.scimharness.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.scim.Json;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The small judgements behind the scenarios of RFC 7644 §3.1, §3.2, §3.4.2.2, §3.7.4, §3.8, §3.12, §3.13. */
class ConventionChecksTest {
  private static List<JsonNode> list(String json) {
    return ListView.resources(Json.parse("{\"Resources\":" + json + "}"));
  }

  @Test
  void messageSchemasListedAtSchemasAreFound() {
    List<JsonNode> schemas = list("[{\"id\":\"urn:ietf:params:scim:schemas:core:2.0:User\"},"
        + "{\"id\":\"URN:ietf:params:scim:api:messages:2.0:ListResponse\"}]");
    assertEquals(List.of("URN:ietf:params:scim:api:messages:2.0:ListResponse"),
        DiscoveryConventions.idsUnder(schemas, DiscoveryConventions.MESSAGE_PREFIX));
    assertEquals(List.of(), DiscoveryConventions.idsUnder(schemas.subList(0, 1), DiscoveryConventions.MESSAGE_PREFIX));
  }

  @Test
  void endpointsArePluralizedByAnS() {
    assertEquals(List.of(), DiscoveryConventions.unpluralized(list("[{\"name\":\"User\",\"endpoint\":\"/Users\"},"
        + "{\"name\":\"Group\",\"endpoint\":\"Groups\"},{\"name\":\"ServiceProviderConfig\",\"endpoint\":"
        + "\"/ServiceProviderConfig\",\"schema\":\"urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig\"}]")));
    assertEquals(List.of("resource type Person at /People"),
        DiscoveryConventions.unpluralized(list("[{\"name\":\"Person\",\"endpoint\":\"/People\"}]")));
    assertEquals(1, DiscoveryConventions.unpluralized(list("[{\"name\":\"User\"}]")).size());
  }

  @Test
  void theLimitIsNamedAsANumberOfItsOwn() {
    assertTrue(LimitNamed.in(Json.parse("{\"detail\":\"maxOperations is 1000.\"}"), 1000));
    assertTrue(LimitNamed.in(Json.parse("{\"limit\":1000}"), 1000));
    assertFalse(LimitNamed.in(Json.parse("{\"detail\":\"maxOperations is 10000\"}"), 1000));
    assertFalse(LimitNamed.in(Json.parse("{\"detail\":\"1000.5 bytes\"}"), 1000));
    assertFalse(LimitNamed.in(Json.parse("{\"detail\":\"too many operations\",\"status\":\"413\"}"), 1000));
    assertFalse(LimitNamed.in(null, 1000));
  }

  @Test
  void aDefaultedAttributeIsFilteredByWhatTheCreateAnswered() {
    DefaultedFilter answered = DefaultedFilter.of(Json.parse("{\"active\":true}"), "x.dave", "active");
    assertEquals("userName eq \"x.dave\" and active eq true", answered.filter());
    assertTrue(answered.answered());
    DefaultedFilter none = DefaultedFilter.of(Json.parse("{}"), "x.dave", "active");
    assertEquals("userName eq \"x.dave\" and active pr", none.filter());
    assertFalse(none.answered());
    assertEquals("userName eq \"a\\\"b\" and title eq \"T\"",
        DefaultedFilter.of(Json.parse("{\"title\":\"T\"}"), "a\"b", "title").filter());
  }

  @Test
  void scimTypesOfTable9() {
    assertTrue(ErrorKeywords.inTable9("invalidVers"));
    assertFalse(ErrorKeywords.inTable9("invalidCursor"));
    assertFalse(ErrorKeywords.inTable9("InvalidSyntax"));
  }

  @Test
  void utf8IsTheDefaultCharset() {
    assertTrue(Charsets.utf8OrDefault("application/scim+json"));
    assertTrue(Charsets.utf8OrDefault("application/scim+json; charset=UTF-8"));
    assertTrue(Charsets.utf8OrDefault("application/scim+json;charset=\"utf-8\""));
    assertFalse(Charsets.utf8OrDefault("application/scim+json; charset=ISO-8859-1"));
    assertEquals(Optional.empty(), Charsets.of(null));
  }

  @Test
  void versionSegments() {
    URI v2 = URI.create("https://x.example/scim/v2");
    assertEquals(Optional.of("v2"), VersionedUrls.version(v2));
    assertEquals(Optional.empty(), VersionedUrls.version(URI.create("https://x.example/scim")));
    assertEquals(URI.create("https://x.example/scim/v99"), VersionedUrls.withVersion(v2, "v99"));
    assertEquals(URI.create("https://x.example/scim/v99"),
        VersionedUrls.withVersion(URI.create("https://x.example/scim/"), "v99"));
    assertTrue(VersionedUrls.followsScheme("v2"));
    assertFalse(VersionedUrls.followsScheme("V2"));
    assertTrue(VersionedUrls.versionPrecedesEndpoint(v2, "https://x.example/scim/v2/Users/1", "Users"));
    assertFalse(VersionedUrls.versionPrecedesEndpoint(v2, "https://x.example/v2/scim/Users/1", "Users"));
    assertTrue(VersionedUrls.versionPrecedesEndpoint(URI.create("https://x.example/scim"),
        "https://x.example/scim/Users/1", "Users"));
  }

  @Test
  void paginationProblemsOfOneAttribute() {
    PaginationConfig c = PaginationConfig.of(Json.parse("{\"pagination\":{\"cursor\":true,\"index\":true,"
        + "\"maxPageSize\":0,\"cursorTimeout\":60}}"));
    assertEquals(1, c.problemsOf("pagination.maxPageSize").size());
    assertEquals(List.of(), c.problemsOf("pagination.cursorTimeout"));
    assertEquals(1, c.problemsOf("pagination").size());
  }
}
