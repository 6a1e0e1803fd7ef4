package dev.scimharness.conformance;

import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@code ${name}} placeholders in feature text ({@code ${run}}, {@code ${alice.id}},
 * {@code ${alice.userName|upper}}) from a resolver. Modifiers: {@code upper}, {@code lower}.
 */
public final class Interpolator {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}|]+)(?:\\|(\\w+))?}");

  private Interpolator() {}

  /** Throws {@link IllegalArgumentException} naming a placeholder the resolver does not know (returns null). */
  public static String fill(String text, Function<String, String> resolver) {
    if (text == null || !text.contains("${")) {
      return text;
    }
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String key = m.group(1).trim();
      String value = resolver.apply(key);
      if (value == null) {
        throw new IllegalArgumentException("unknown placeholder ${" + key + "} in: " + text);
      }
      String modifier = m.group(2);
      if (modifier != null) {
        value = switch (modifier) {
          case "upper" -> value.toUpperCase(Locale.ROOT);
          case "lower" -> value.toLowerCase(Locale.ROOT);
          default -> throw new IllegalArgumentException("unknown modifier |" + modifier + " in: " + text);
        };
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(value));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
