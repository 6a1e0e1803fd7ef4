package dev.scimharness.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.scim.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The RFC 9865 §4 {@code pagination} attribute of a ServiceProviderConfig, read and checked. */
public record PaginationConfig(JsonNode pagination) {

  public static PaginationConfig of(JsonNode serviceProviderConfig) {
    return new PaginationConfig(Json.field(serviceProviderConfig, "pagination"));
  }

  /** What is wrong with the attribute as RFC 9865 §4 defines it; empty when it is well-formed. */
  public List<String> problems() {
    List<String> out = new ArrayList<>();
    if (pagination == null || !pagination.isObject()) {
      out.add("pagination is not an object");
      return out;
    }
    for (String required : List.of("cursor", "index")) {
      JsonNode v = Json.field(pagination, required);
      if (v == null || !v.isBoolean()) {
        out.add("pagination." + required + " is REQUIRED and must be a Boolean, got " + v);
      }
    }
    JsonNode method = Json.field(pagination, "defaultPaginationMethod");
    if (method != null && !(method.isTextual() && List.of("cursor", "index").contains(method.asText()))) {
      out.add("pagination.defaultPaginationMethod must be \"cursor\" or \"index\", got " + method);
    }
    for (String positive : List.of("defaultPageSize", "maxPageSize", "cursorTimeout")) {
      JsonNode v = Json.field(pagination, positive);
      if (v != null && !(v.isIntegralNumber() && v.asLong() > 0)) {
        out.add("pagination." + positive + " must be a positive integer, got " + v);
      }
    }
    return out;
  }

  /** The problems of one attribute: {@code pagination} itself (all of them) or {@code pagination.<sub>}. */
  public List<String> problemsOf(String path) {
    List<String> all = problems();
    return path.equals("pagination") ? all : all.stream().filter(p -> p.startsWith(path + " ")).toList();
  }

  /** {@code defaultPaginationMethod}, when declared. */
  public Optional<String> defaultMethod() {
    JsonNode v = Json.field(pagination, "defaultPaginationMethod");
    return v != null && v.isTextual() ? Optional.of(v.asText()) : Optional.empty();
  }

  /** {@code cursorTimeout}, when declared as a positive integer of seconds. */
  public Optional<Duration> cursorTimeout() {
    JsonNode v = Json.field(pagination, "cursorTimeout");
    return v != null && v.isIntegralNumber() && v.asLong() > 0 ? Optional.of(Duration.ofSeconds(v.asLong()))
        : Optional.empty();
  }
}
