package dev.scimharness.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.Json;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AdvertisedTypesTest {
  private static final String TYPES = """
      {"Resources":[
        {"name":"User","endpoint":"/Users","schema":"urn:ietf:params:scim:schemas:core:2.0:User"},
        {"name":"Group","endpoint":"/Groups","schema":"urn:ietf:params:scim:schemas:core:2.0:Group"},
        {"name":"Schema","endpoint":"/Schemas","schema":"urn:ietf:params:scim:schemas:core:2.0:Schema"},
        {"name":"Device","endpoint":"Devices","schema":"urn:example:Device",
         "schemaExtensions":[{"schema":"urn:example:Ext","required":true},{"schema":"urn:example:Gone"}]}]}""";
  private static final String SCHEMAS = """
      {"Resources":[
        {"id":"urn:example:Device","attributes":[
          {"name":"serial","type":"string","required":true,"mutability":"immutable","uniqueness":"server"},
          {"name":"seen","type":"dateTime","mutability":"readOnly"},
          {"name":"color","type":"string","canonicalValues":["red","blue"]},
          {"name":"tags","type":"string","multiValued":true},
          {"name":"site","type":"complex","required":true,"subAttributes":[
            {"name":"code","type":"string"},{"name":"id","type":"string","mutability":"readOnly"}]}]},
        {"id":"urn:example:Ext","attributes":[{"name":"owner","type":"string","required":true}]}]}""";

  private static List<AdvertisedType> types() {
    return AdvertisedTypes.beyondUserAndGroup(Json.parse(TYPES), Json.parse(SCHEMAS));
  }

  @Test
  void listsTheTypesBeyondUserGroupAndDiscoveryWithTheirSchemas() {
    List<AdvertisedType> types = types();
    assertEquals(1, types.size());
    AdvertisedType device = types.get(0);
    assertEquals("/Devices", device.endpoint());
    assertEquals(List.of("urn:example:Device", "urn:example:Ext"), device.schemaUrns(), "an unserved extension is left out");
    assertEquals(List.of("serial", "seen", "color", "tags", "site", "urn:example:Ext:owner"),
        device.attributes().stream().map(DeclaredAttribute::path).toList());
    assertEquals(true, device.extensions().get("urn:example:Ext"));
  }

  @Test
  void aSampleHoldsRequiredAndSimpleWritableValuesNamedAfterItsToken() {
    ObjectNode a = SampleResource.of(types().get(0), "tokA");
    ObjectNode b = SampleResource.of(types().get(0), "tokB");
    assertEquals("tokA-serial-Val", a.get("serial").asText());
    assertTrue(a.get("seen") == null, "readOnly is not sent");
    assertEquals("red", a.get("color").asText(), "the first canonical value");
    assertTrue(a.get("tags") == null, "optional multi-valued values are left out");
    assertEquals("{\"code\":\"tokA-code-Val\"}", a.get("site").toString(), "required complex, writable subs only");
    assertEquals("tokA-owner-Val", a.get("urn:example:Ext").get("owner").asText());
    assertTrue(!a.get("serial").equals(b.get("serial")));
  }

  @Test
  void theKeyIsTheUniqueStringAttribute() {
    assertEquals("serial", AdvertisedTypeChecks.key(types().get(0)).orElseThrow().name());
  }

  @Test
  void aTargetWithOnlyUsersAndGroupsSkipsAndAnUnreadOneRuns() {
    JsonNode only = Json.parse("{\"Resources\":[{\"name\":\"User\",\"endpoint\":\"/Users\",\"schema\":\"u\"}]}");
    assertTrue(AdvertisedTypes.noneAdvertised(new Extensions(only, null)).orElseThrow()
        .contains("no resource type beyond User and Group"));
    assertEquals(Optional.empty(), AdvertisedTypes.noneAdvertised(new Extensions(null, null)));
  }

  @Test
  void caseIsSwappedOnlyWhereLettersAre() {
    assertEquals("tOK-vAL", CharacteristicChecks.swap("Tok-Val"));
    assertEquals("123", CharacteristicChecks.swap("123"));
  }
}
