package dev.scimharness.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scimharness.scim.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiscoveryDescriptionsTest {
  @Test
  void aResourceTypeNeedsNameEndpointSchemaAndExtensionSchemas() {
    assertEquals(List.of(), DiscoveryDescriptions.resourceTypeRequired(Json.parse(
        "{\"name\":\"User\",\"endpoint\":\"/Users\",\"schema\":\"u\",\"schemaExtensions\":[{\"schema\":\"e\"}]}")));
    List<String> p = DiscoveryDescriptions.resourceTypeRequired(Json.parse(
        "{\"name\":\"User\",\"endpoint\":\"/Users\",\"description\":3,\"schemaExtensions\":[{\"required\":true}]}"));
    assertEquals(3, p.size(), p.toString());
  }

  @Test
  void optionalResourceTypeAttributesAreCheckedOnlyWhereGiven() {
    assertEquals(List.of(), DiscoveryDescriptions.resourceTypeOptional(Json.parse("{\"name\":\"X\"}")));
    assertEquals(3, DiscoveryDescriptions.resourceTypeOptional(Json.parse(
        "{\"name\":\"X\",\"id\":\"\",\"description\":{},\"schemaExtensions\":\"e\"}")).size());
  }

  @Test
  void rfcSchemasAreNamedAndDescribed() {
    assertEquals(List.of(), DiscoveryDescriptions.coreSchemaDescribed(Json.parse(
        "{\"id\":\"g\",\"name\":\"Group\",\"description\":\"Group\",\"attributes\":[{\"name\":\"displayName\","
            + "\"description\":\"A name\"}]}"), "Group"));
    assertEquals(3, DiscoveryDescriptions.coreSchemaDescribed(Json.parse(
        "{\"id\":\"g\",\"name\":\"Groups\",\"attributes\":[{\"name\":\"displayName\"}]}"), "Group").size());
  }

  @Test
  void complexAttributesListSubAttributesAtEveryDepth() {
    assertEquals(List.of("s:a:b: a complex attribute without subAttributes"),
        DiscoveryDescriptions.complexWithSubAttributes(Json.parse("{\"id\":\"s\",\"attributes\":[{\"name\":\"a\","
            + "\"type\":\"complex\",\"subAttributes\":[{\"name\":\"b\",\"type\":\"complex\"}]}]}")));
  }

  @Test
  void optionalSchemaPartsAreWellFormedWhereGiven() {
    assertEquals(List.of(), DiscoveryDescriptions.schemaOptional(Json.parse("{\"id\":\"s\",\"attributes\":[]}")));
    assertEquals(3, DiscoveryDescriptions.schemaOptional(Json.parse("{\"id\":\"s\",\"name\":1,\"attributes\":["
        + "{\"name\":\"a\",\"canonicalValues\":\"x\",\"subAttributes\":[\"b\"]}]}")).size());
  }

  @Test
  void documentationUrlsAreHttp() {
    assertEquals(List.of(), DiscoveryDescriptions.serviceProviderUrls(Json.parse(
        "{\"documentationUri\":\"https://example.com/help\",\"authenticationSchemes\":[{\"type\":\"oauth\"}]}")));
    List<String> p = DiscoveryDescriptions.serviceProviderUrls(Json.parse("{\"documentationUri\":\"/help\","
        + "\"authenticationSchemes\":[{\"type\":\"oauth\",\"specUri\":\"urn:x\",\"documentationUri\":\"ht tp\"}]}"));
    assertEquals(3, p.size(), p.toString());
    assertTrue(p.get(0).startsWith("documentationUri"));
  }
}
