package dev.scimharness.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Pattern;

/**
 * RFC 7644 §3.7.4: a 413 for a bulk request over a limit "MUST specify the limit exceeded in the body of the error
 * response". The body names it when one of its values is the limit's number: a JSON number, or a string holding it
 * as a number of its own (so 1000 is named by "maxOperations is 1000." but not by "10000" or "1000.5").
 */
public final class LimitNamed {
  private LimitNamed() {}

  public static boolean in(JsonNode body, long limit) {
    if (body == null) {
      return false;
    }
    if (body.isIntegralNumber()) {
      return body.asLong() == limit;
    }
    if (body.isTextual()) {
      return Pattern.compile("(?<![0-9.,])" + limit + "(?![0-9]|[.,][0-9])").matcher(body.asText()).find();
    }
    for (JsonNode child : body) {
      if (in(child, limit)) {
        return true;
      }
    }
    return false;
  }
}
