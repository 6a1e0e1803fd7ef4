package dev.scimharness.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.scimharness.scim.Json;
import dev.scimharness.endpoint.Exchange;
import dev.scimharness.endpoint.Redactor;
import dev.scimharness.endpoint.ScimResponse;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CreatedTest {
  private static ScimResponse response(int status, Map<String, List<String>> headers, String body) {
    return new ScimResponse(new Exchange("POST", "http://x/Users", Map.of(), "{}", status, headers, body,
        Duration.ofMillis(1), null), Redactor.NONE);
  }

  @Test
  void aCreatedResourceIsAddressedByItsCollectionAndIdNotByItsLocation() {
    ScimResponse r = response(201, Map.of("Location", List.of("http://internal.example/scim/v2/Users/1")),
        "{\"id\":\"1\",\"meta\":{\"location\":\"/scim/v2/scim/v2/Users/1\"}}");
    assertEquals(Optional.of("http://x/Users/1"), Created.address("POST", "http://x/Users", r));
    ScimResponse bare = response(201, Map.of(), "{\"id\":\"7\"}");
    assertEquals(Optional.of("http://x/Users/7"), Created.address("POST", "http://x/Users?attributes=id", bare));
  }

  @Test
  void anIdIsOnePathSegment() {
    ScimResponse r = response(201, Map.of(), "{\"id\":\"a/b c?\"}");
    assertEquals(Optional.of("http://x/Users/a%2Fb%20c%3F"), Created.address("POST", "http://x/Users", r));
  }

  @Test
  void withoutAnIdTheLastSegmentOfTheLocationIsAddressedUnderTheCollection() {
    ScimResponse header = response(201, Map.of("Location", List.of("https://elsewhere/scim/Users/9")), "");
    assertEquals(Optional.of("http://x/Users/9"), Created.address("POST", "http://x/Users", header));
  }

  @Test
  void aBulkLocationIsAddressedUnderTheBase() {
    assertEquals(Optional.of("http://x/v2/Users/1"), Created.addressUnder(URI.create("http://x/v2"),
        URI.create("http://x/v2/Bulk"), "http://internal:8080/other/Users/1"));
    assertEquals(Optional.of("http://x/v2/Groups/g"), Created.addressUnder(URI.create("http://x/v2"),
        URI.create("http://x/v2/Bulk"), "/v2/v2/Groups/g"));
    assertEquals(Optional.empty(), Created.addressUnder(URI.create("http://x/v2"), URI.create("http://x/v2/Bulk"), "/"));
  }

  @Test
  void failuresSearchesAndOtherMethodsCreateNothing() {
    ScimResponse conflict = response(409, Map.of(), "{\"status\":\"409\"}");
    assertEquals(Optional.empty(), Created.address("POST", "http://x/Users", conflict));
    ScimResponse list = response(200, Map.of(), "{\"id\":\"1\"}");
    assertEquals(Optional.empty(), Created.address("POST", "http://x/Users/.search", list));
    assertEquals(Optional.empty(), Created.address("PUT", "http://x/Users/1", list));
  }

  @Test
  void bulkResponsesNameTheResourcesTheirPostsCreated() {
    var bulk = Json.parse("""
        {"Operations":[{"method":"POST","bulkId":"a","status":"201","location":"http://x/Users/1"},
                       {"method":"POST","bulkId":"b","status":"409"},
                       {"method":"DELETE","status":"204","location":"http://x/Users/2"}]}
        """);
    assertEquals(List.of("http://x/Users/1"), Created.bulkLocations(bulk));
  }
}
