package dev.scimharness.sigma.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scimharness.scim.Json;
import dev.scimharness.sigma.IdpUser;
import org.junit.jupiter.api.Test;

class IdpUsersTest {
  private static IdpUser read(String json) {
    return IdpUsers.from(Json.parse(json));
  }

  @Test
  void thePrimaryEmailIsTheOneSigmaMatchesOn() {
    IdpUser u = read("{\"userName\":\"lin\",\"emails\":[{\"value\":\"home@x.example\",\"type\":\"home\"},"
        + "{\"value\":\"lin@example.com\",\"type\":\"other\",\"primary\":true}]}");

    assertEquals("lin@example.com", u.email());
  }

  @Test
  void withoutAPrimaryTheWorkEmailThenTheFirstIsTaken() {
    assertEquals("w@example.com", read("{\"userName\":\"lin\",\"emails\":[{\"value\":\"h@example.com\"},"
        + "{\"value\":\"w@example.com\",\"type\":\"work\"}]}").email());
    assertEquals("h@example.com", read("{\"userName\":\"lin\",\"emails\":[{\"value\":\"h@example.com\"}]}").email());
  }

  @Test
  void withoutEmailsTheUserNameIsTheEmail() {
    assertEquals("lin@example.com", read("{\"userName\":\"lin@example.com\"}").email());
  }

  @Test
  void attributeNamesAreCaseInsensitive() {
    IdpUser u = read("{\"USERNAME\":\"lin\",\"UserType\":\"Creator\",\"NAME\":{\"GIVENNAME\":\"Lin\"}}");

    assertEquals("lin", u.userName());
    assertEquals("Creator", u.userType());
    assertEquals("Lin", u.givenName());
  }

  @Test
  void activeDefaultsToTrueAndAcceptsTheStringsALenientServerStored() {
    assertTrue(read("{\"userName\":\"a\"}").active());
    assertFalse(read("{\"userName\":\"a\",\"active\":false}").active());
    assertFalse(read("{\"userName\":\"a\",\"active\":\"False\"}").active());
    assertTrue(read("{\"userName\":\"a\",\"active\":\"True\"}").active());
  }

  @Test
  void noUserTypeIsNull() {
    assertNull(read("{\"userName\":\"a\",\"userType\":null}").userType());
  }
}
