package dev.scimharness.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.scimharness.scim.Json;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class UserAttributeChecksTest {
  @Test
  void theNameComesBackInEitherFormOrBothAsSent() {
    assertEquals(List.of(), UserAttributeChecks.nameForms(Json.parse("{\"name\":{\"formatted\":\"Ann Lee\"}}"),
        "Ann Lee", "Ann", "Lee"));
    assertEquals(List.of(), UserAttributeChecks.nameForms(Json.parse("{\"name\":{\"givenName\":\"Ann\"}}"),
        "Ann Lee", "Ann", "Lee"));
    assertEquals(1, UserAttributeChecks.nameForms(Json.parse("{}"), "Ann Lee", "Ann", "Lee").size());
    assertEquals(1, UserAttributeChecks.nameForms(Json.parse("{\"name\":{\"formatted\":\"Bob\"}}"), "Ann Lee",
        "Ann", "Lee").size());
  }

  @Test
  void bothFormsDescribeOneName() {
    assertEquals(List.of(), UserAttributeChecks.nameConsistent(Json.parse(
        "{\"name\":{\"formatted\":\"Ms. Ann Lee\",\"givenName\":\"Ann\",\"familyName\":\"lee\"}}")));
    assertEquals(1, UserAttributeChecks.nameConsistent(Json.parse(
        "{\"name\":{\"formatted\":\"Ann Lee\",\"givenName\":\"Bob\",\"familyName\":\"Lee\"}}")).size());
  }

  @Test
  void aDisplayNameIsEitherAbsentOrNotEmpty() {
    assertEquals(List.of(), UserAttributeChecks.displayName(Json.parse("{}")));
    assertEquals(1, UserAttributeChecks.displayName(Json.parse("{\"displayName\":\" \"}")).size());
  }

  @Test
  void theGroupsEntryNamesTheGroupByIdAndUri() {
    URI at = URI.create("https://h/scim/v2/Users/u1");
    assertEquals(List.of(), UserAttributeChecks.groupReference(Json.parse(
        "{\"groups\":[{\"value\":\"g1\",\"$ref\":\"../Groups/g1\"}]}"), "g1", at));
    assertEquals(1, UserAttributeChecks.groupReference(Json.parse(
        "{\"groups\":[{\"value\":\"g1\",\"$ref\":\"https://h/scim/v2/Users/g1\"}]}"), "g1", at).size());
    assertEquals(1, UserAttributeChecks.groupReference(Json.parse("{\"groups\":[{\"value\":\"g1\"}]}"), "g1", at)
        .size());
    assertEquals(1, UserAttributeChecks.groupReference(Json.parse("{}"), "g1", at).size());
  }

  @Test
  void aDisplayNamesTheSameValue() {
    assertEquals(List.of(), UserAttributeChecks.displays(Json.parse("{\"emails\":[{\"value\":\"a@EXAMPLE.com\","
        + "\"display\":\"a@example.com\"}],\"phoneNumbers\":[{\"value\":\"+1-201-555-0123\",\"display\":"
        + "\"tel:+12015550123\"}],\"ims\":[{\"value\":\"Someone@Example.com\"}]}")));
    assertEquals(2, UserAttributeChecks.displays(Json.parse("{\"emails\":[{\"value\":\"a@example.com\","
        + "\"display\":\"b@example.com\"}],\"phoneNumbers\":[{\"value\":\"555-0123\",\"display\":\"555-0199\"}]}"))
        .size());
  }
}
