package dev.scimharness.conformance;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.endpoint.Exchange;
import dev.scimharness.endpoint.Redactor;
import dev.scimharness.endpoint.ScimResponse;
import dev.scimharness.scim.Json;
import dev.scimharness.scim.MessageUrns;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResourceTypeEndpointTest {
  private static final String SPC = "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig";
  private static final String USER = "urn:ietf:params:scim:schemas:core:2.0:User";
  private static final String LIST = "{\"schemas\":[\"" + MessageUrns.LIST_RESPONSE + "\"],\"totalResults\":1,"
      + "\"Resources\":[{\"id\":\"1\"}]}";
  private static final String CONFIG = "{\"schemas\":[\"" + SPC + "\"],\"patch\":{\"supported\":true}}";

  private static ScimResponse answer(int status, String body) {
    return new ScimResponse(new Exchange("GET", "https://idp.example/scim/v2/X?count=1", Map.of(), null, status,
        Map.of("Content-Type", List.of("application/scim+json")), body, Duration.ofMillis(1), null), Redactor.NONE);
  }

  private static JsonNode type(String schema) {
    return Json.parse("{\"name\":\"T\",\"endpoint\":\"/X\",\"schema\":\"" + schema + "\"}");
  }

  @Test
  void aResourceEndpointMustAnswerAListResponse() {
    assertDoesNotThrow(() -> ResourceTypeEndpoint.checkAnswer(answer(200, LIST), type(USER)));
    assertThrows(ConformanceFailure.class, () -> ResourceTypeEndpoint.checkAnswer(answer(200, CONFIG), type(USER)));
    assertThrows(ConformanceFailure.class, () -> ResourceTypeEndpoint.checkAnswer(answer(404, "{}"), type(USER)));
  }

  @Test
  void theServiceProviderConfigTypeMayAnswerItsObjectOrAList() {
    assertDoesNotThrow(() -> ResourceTypeEndpoint.checkAnswer(answer(200, CONFIG), type(SPC)));
    assertDoesNotThrow(() -> ResourceTypeEndpoint.checkAnswer(answer(200, LIST), type(SPC)));
  }

  @Test
  void aDiscoveryTypeWhoseEndpointDoesNotAnswerOrAnswersNonScimFails() {
    assertThrows(ConformanceFailure.class, () -> ResourceTypeEndpoint.checkAnswer(answer(404, "{}"), type(SPC)));
    assertThrows(ConformanceFailure.class, () -> ResourceTypeEndpoint.checkAnswer(answer(200, "<html/>"), type(SPC)));
    assertThrows(ConformanceFailure.class,
        () -> ResourceTypeEndpoint.checkAnswer(answer(200, "{\"patch\":{}}"), type(SPC)));
    assertThrows(ConformanceFailure.class, () -> ResourceTypeEndpoint.checkAnswer(answer(200,
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Schema\"]}"), type(SPC)));
  }

  @Test
  void anEndpointNamesItsCollectionWithOrWithoutTheLeadingSlash() {
    assertTrue(ResourceTypeEndpoint.names("Users", "Users"));
    assertTrue(ResourceTypeEndpoint.names("/Users", "Users"));
    assertFalse(ResourceTypeEndpoint.names("/scim/v2/Users", "Users"));
    assertFalse(ResourceTypeEndpoint.names("Groups", "Users"));
    assertFalse(ResourceTypeEndpoint.names("https://idp.example/scim/v2/Users", "Users"));
    assertFalse(ResourceTypeEndpoint.names(null, "Users"));
  }

  @Test
  void aRelativeEndpointIsAPathWithoutSchemeOrHost() {
    assertTrue(ResourceTypeEndpoint.isRelative("Users"));
    assertTrue(ResourceTypeEndpoint.isRelative("/Users"));
    assertFalse(ResourceTypeEndpoint.isRelative("https://idp.example/scim/v2/Users"));
    assertFalse(ResourceTypeEndpoint.isRelative("//idp.example/Users"));
    assertFalse(ResourceTypeEndpoint.isRelative("/"));
    assertFalse(ResourceTypeEndpoint.isRelative(""));
    assertFalse(ResourceTypeEndpoint.isRelative("Users?x=1"));
    assertFalse(ResourceTypeEndpoint.isRelative("/Us ers"));
  }
}
