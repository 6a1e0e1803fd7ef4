package dev.scimharness.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 7643 §2.3.4: an integer's JSON value "MUST NOT contain fractional or exponent parts". The answers are read
 * with {@code USE_BIG_DECIMAL_FOR_FLOATS}, so {@code 10.0} and {@code 1e1} arrive as decimals, not integers.
 */
public final class IntegerValues {
  private IntegerValues() {}

  /** The result of judging the values at {@code paths}: how many were there, and those that are not integers. */
  public record Judged(int seen, List<String> problems) {}

  public static Judged judge(JsonNode body, List<String> paths) {
    int seen = 0;
    List<String> problems = new ArrayList<>();
    for (String path : paths) {
      for (JsonNode n : BodyPath.select(body, path)) {
        seen++;
        if (!n.isIntegralNumber()) {
          problems.add(path + " is " + n);
        }
      }
    }
    return new Judged(seen, problems);
  }
}
