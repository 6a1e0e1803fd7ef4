package dev.scimharness.mutation;

import java.util.regex.Pattern;

/**
 * A request's signature: its method and path, with each segment after a resource type (an id the server made,
 * a name the scenario made up) replaced by {@code *}, so a mutant recorded in one run addresses the same request
 * in the next.
 */
final class Signature {
  private static final Pattern ID_LIKE = Pattern.compile("[0-9a-fA-F-]{8,}|[^A-Za-z.]*[0-9][^/]*");

  private Signature() {}

  static String of(String method, String path) {
    String[] parts = path.split("/", -1);
    StringBuilder out = new StringBuilder(method).append(' ');
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        out.append('/');
      }
      String p = parts[i];
      boolean afterType = i > 0 && !parts[i - 1].isEmpty() && Character.isUpperCase(parts[i - 1].charAt(0))
          && !p.isEmpty() && !p.startsWith(".");
      out.append(afterType || ID_LIKE.matcher(p).matches() ? "*" : p);
    }
    return out.toString();
  }
}
