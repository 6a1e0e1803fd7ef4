package dev.scimharness.clientreport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The step of a request, from the request alone, as the IdPs' shapes make it. */
class StageTest {
  private static final String U = "/scim/v2/Users";
  private static final String G = "/scim/v2/Groups";

  @Test
  void userSteps() {
    assertEquals(Stage.LOOKUP, Stage.of("GET", U, "filter=userName%20eq%20%22a%22", ""));
    assertEquals(Stage.IMPORT, Stage.of("GET", U, "startIndex=1&count=100", ""));
    assertEquals(Stage.CREATE, Stage.of("POST", U, "", "{}"));
    assertEquals(Stage.READ, Stage.of("GET", U + "/1", "", ""));
    assertEquals(Stage.UPDATE, Stage.of("PATCH", U + "/1", "",
        "{\"Operations\":[{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"x\"}]}"));
    assertEquals(Stage.DEACTIVATE, Stage.of("PATCH", U + "/1", "",
        "{\"Operations\":[{\"op\":\"Replace\",\"path\":\"active\",\"value\":\"False\"}]}"));
    assertEquals(Stage.REACTIVATE, Stage.of("PATCH", U + "/1", "",
        "{\"Operations\":[{\"op\":\"replace\",\"value\":{\"active\":true}}]}"));
    assertEquals(Stage.DEACTIVATE, Stage.of("PUT", U + "/1", "", "{\"userName\":\"a\",\"active\":false}"));
    assertEquals(Stage.UPDATE, Stage.of("PUT", U + "/1", "", "not json"));
    assertEquals(Stage.DELETE, Stage.of("DELETE", U + "/1", "", ""));
    assertEquals(Stage.SEARCH, Stage.of("POST", U + "/.search", "", "{}"));
    assertEquals(Stage.BULK, Stage.of("POST", "/scim/v2/Bulk", "", "{}"));
    assertEquals(Stage.OTHER, Stage.of("GET", "/elsewhere", "", ""));
  }

  @Test
  void groupSteps() {
    assertEquals(Stage.GROUP_PUSH, Stage.of("POST", G, "", "{}"));
    assertEquals(Stage.LOOKUP, Stage.of("GET", G, "filter=displayName%20eq%20%22a%22", ""));
    assertEquals(Stage.MEMBER_ADD, Stage.of("PATCH", G + "/g", "",
        "{\"Operations\":[{\"op\":\"Add\",\"path\":\"members\",\"value\":[{\"value\":\"u\"}]}]}"));
    assertEquals(Stage.MEMBER_REMOVE, Stage.of("PATCH", G + "/g", "",
        "{\"Operations\":[{\"op\":\"remove\",\"path\":\"members[value eq \\\"u\\\"]\"}]}"));
    assertEquals(Stage.GROUP_RENAME, Stage.of("PATCH", G + "/g", "",
        "{\"Operations\":[{\"op\":\"replace\",\"value\":{\"id\":\"g\",\"displayName\":\"n\"}}]}"));
    assertEquals(Stage.GROUP_UPDATE, Stage.of("PUT", G + "/g", "", "{}"));
    assertEquals(Stage.GROUP_DELETE, Stage.of("DELETE", G + "/g", "", ""));
  }
}
