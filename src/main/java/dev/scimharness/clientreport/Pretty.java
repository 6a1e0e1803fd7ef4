package dev.scimharness.clientreport;

import dev.scimharness.scim.Json;

/** Text shaping shared by the report writers. */
final class Pretty {
  private Pretty() {}

  /** A JSON body indented for reading; anything else as it is. */
  static String json(String body) {
    try {
      return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(Json.MAPPER.readTree(body));
    } catch (java.io.IOException | RuntimeException e) {
      return body;
    }
  }

  static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  static String html(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
