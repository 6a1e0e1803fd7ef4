package dev.scimharness.patch;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * One operation of a PATCH request (RFC 7644 §3.5.2). {@code path} is {@code null} when the operation targets the
 * resource itself; {@code value} is {@code null} when none was sent.
 */
public sealed interface PatchOperation permits PatchOperation.Add, PatchOperation.Remove, PatchOperation.Replace {

  PatchPath path();

  JsonNode value();

  /** The operation name as RFC 7644 spells it. */
  String op();

  /** RFC 7644 §3.5.2.1: {@code value} is required; without a path it is an object of attributes. */
  record Add(PatchPath path, JsonNode value) implements PatchOperation {
    public Add {
      Objects.requireNonNull(value, "an add operation needs a value");
    }

    @Override
    public String op() {
      return "add";
    }
  }

  /**
   * RFC 7644 §3.5.2.2: {@code path} is required. {@code value} is not part of the RFC's remove; it is kept only
   * for Entra's legacy {@code {"op":"Remove","path":"members","value":[{"value":"u1"}]}}, which the lenient parser
   * accepts and which then removes exactly the listed values.
   */
  record Remove(PatchPath path, JsonNode value) implements PatchOperation {
    public Remove {
      Objects.requireNonNull(path, "a remove operation needs a path");
    }

    public Remove(PatchPath path) {
      this(path, null);
    }

    @Override
    public String op() {
      return "remove";
    }
  }

  /** RFC 7644 §3.5.2.3: {@code value} is required; without a path it is an object of attributes. */
  record Replace(PatchPath path, JsonNode value) implements PatchOperation {
    public Replace {
      Objects.requireNonNull(value, "a replace operation needs a value");
    }

    @Override
    public String op() {
      return "replace";
    }
  }
}
