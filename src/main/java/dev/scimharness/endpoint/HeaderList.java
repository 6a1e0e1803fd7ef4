package dev.scimharness.endpoint;

import java.util.LinkedHashMap;
import java.util.Map;

/** Parses the {@code scim.headers} setting: {@code Name: value;Name2: value}. */
final class HeaderList {
  private HeaderList() {}

  static Map<String, String> parse(String text) {
    Map<String, String> headers = new LinkedHashMap<>();
    for (String part : text.split(";")) {
      if (part.isBlank()) {
        continue;
      }
      int colon = part.indexOf(':');
      String name = colon < 0 ? "" : part.substring(0, colon).trim();
      if (colon < 0 || name.isEmpty() || !name.chars().allMatch(HeaderList::tokenChar)) {
        throw new ConfigException(Setting.HEADERS.describe() + " must look like 'Name: value;Name2: value'; cannot read '"
            + part.trim() + "'.");
      }
      headers.put(name, part.substring(colon + 1).trim());
    }
    return headers;
  }

  // RFC 9110 token characters: a header name with anything else would be rejected by the HTTP client later.
  private static boolean tokenChar(int c) {
    return c > 32 && c < 127 && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0;
  }
}
