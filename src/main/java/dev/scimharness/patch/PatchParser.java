package dev.scimharness.patch;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.lint.LintFinding;
import dev.scimharness.scim.Json;
import dev.scimharness.scim.Leniency;
import dev.scimharness.scim.MessageUrns;
import dev.scimharness.scim.ScimException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a PatchOp message (RFC 7644 §3.5.2) into a {@link PatchRequest}. Member names are matched ignoring case,
 * as RFC 7643 §2.1 wants for attribute names.
 *
 * <p>Choices where the RFC leaves room:
 * <ul>
 *   <li>{@code "op":"Replace"}: §3.5.2 defines the values "add", "remove" and "replace", and nothing in the RFC
 *       makes them case-insensitive (they are values, not attribute names), so STRICT rejects other spellings with
 *       {@code invalidSyntax}; LENIENT accepts them with the finding {@code patch-op-case} (Entra's legacy form).
 *   <li>{@code remove} without {@code path}: {@code noTarget}, as §3.5.2.2 says in so many words.
 *   <li>{@code remove} with a {@code value}: §3.5.2.2 gives remove no value, so the value "was not compatible with
 *       the operation" (Table 9, {@code invalidValue}) in STRICT; LENIENT keeps it and removes exactly the listed
 *       values (Entra's {@code {"op":"Remove","path":"members","value":[{"value":"u1"}]}}), finding
 *       {@code remove-with-value}.
 *   <li>{@code add}/{@code replace} without a value, or with {@code null}: {@code invalidValue} ("a required value
 *       was missing", Table 9).
 * </ul>
 */
public final class PatchParser {
  private PatchParser() {}

  public static PatchRequest parse(JsonNode message, Leniency leniency, List<LintFinding> findings) {
    if (message == null || !message.isObject()) {
      throw ScimException.invalidSyntax("A PATCH body is a JSON object with \"schemas\" and \"Operations\""
          + " (RFC 7644 §3.5.2).");
    }
    checkSchemas(message, leniency, findings);
    JsonNode operations = Json.field(message, "Operations");
    if (operations == null || !operations.isArray() || operations.isEmpty()) {
      throw ScimException.invalidSyntax("\"Operations\" must be an array of one or more PATCH operations"
          + " (RFC 7644 §3.5.2).");
    }
    List<PatchOperation> out = new ArrayList<>(operations.size());
    for (int i = 0; i < operations.size(); i++) {
      out.add(operation(operations.get(i), i, leniency, findings));
    }
    return new PatchRequest(out);
  }

  private static void checkSchemas(JsonNode message, Leniency leniency, List<LintFinding> findings) {
    JsonNode schemas = Json.field(message, "schemas");
    if (schemas != null && schemas.isArray()) {
      for (JsonNode s : schemas) {
        if (s.isTextual() && s.textValue().equalsIgnoreCase(MessageUrns.PATCH_OP)) {
          return;
        }
      }
    }
    String sent = schemas == null ? "(absent)" : Json.write(schemas);
    if (!leniency.lenient()) {
      throw ScimException.invalidSyntax("\"schemas\" must contain \"" + MessageUrns.PATCH_OP + "\" (RFC 7644 §3.5.2); got "
          + sent + ".");
    }
    findings.add(new LintFinding("patch-missing-schema", "RFC 7644 §3.5.2",
        "The PatchOp message does not list \"" + MessageUrns.PATCH_OP + "\" in \"schemas\".", "\"schemas\": " + sent));
  }

  private static PatchOperation operation(JsonNode node, int index, Leniency leniency, List<LintFinding> findings) {
    String where = "Operations[" + index + "]";
    if (node == null || !node.isObject()) {
      throw ScimException.invalidSyntax(where + " must be an object with \"op\" (RFC 7644 §3.5.2).");
    }
    String op = op(node, where, leniency, findings);
    PatchPath path = path(node, where);
    JsonNode value = Json.field(node, "value");
    boolean hasValue = value != null && !value.isNull() && !value.isMissingNode();
    switch (op) {
      case "add":
        requireValue(hasValue, where, op);
        return new PatchOperation.Add(path, value);
      case "replace":
        requireValue(hasValue, where, op);
        return new PatchOperation.Replace(path, value);
      default:
        if (path == null) {
          throw ScimException.noTarget(where + ": a remove operation needs a \"path\" (RFC 7644 §3.5.2.2).");
        }
        if (!hasValue) {
          return new PatchOperation.Remove(path);
        }
        if (!leniency.lenient()) {
          throw ScimException.invalidValue(where + ": a remove operation takes no \"value\" (RFC 7644 §3.5.2.2);"
              + " to remove one value of a multi-valued attribute use a value filter such as"
              + " members[value eq \"…\"].");
        }
        findings.add(new LintFinding("remove-with-value", "RFC 7644 §3.5.2.2",
            "A remove operation carried a \"value\"; the listed values were removed, as a value filter would.",
            Json.write(node)));
        return new PatchOperation.Remove(path, value);
    }
  }

  private static String op(JsonNode node, String where, Leniency leniency, List<LintFinding> findings) {
    JsonNode op = Json.field(node, "op");
    if (op == null || !op.isTextual()) {
      throw ScimException.invalidSyntax(where + " needs \"op\" with the value \"add\", \"remove\" or \"replace\""
          + " (RFC 7644 §3.5.2).");
    }
    String text = op.textValue();
    if (text.equals("add") || text.equals("remove") || text.equals("replace")) {
      return text;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    boolean known = lower.equals("add") || lower.equals("remove") || lower.equals("replace");
    if (!known || !leniency.lenient()) {
      throw ScimException.invalidSyntax(where + ": \"op\" is \"" + text + "\"; RFC 7644 §3.5.2 defines \"add\","
          + " \"remove\" and \"replace\".");
    }
    findings.add(new LintFinding("patch-op-case", "RFC 7644 §3.5.2",
        "\"op\" is \"" + text + "\"; RFC 7644 spells the operations in lower case (\"" + lower + "\").",
        "\"op\": \"" + text + "\""));
    return lower;
  }

  private static PatchPath path(JsonNode node, String where) {
    JsonNode path = Json.field(node, "path");
    if (path == null || path.isNull()) {
      return null;
    }
    if (!path.isTextual()) {
      throw ScimException.invalidPath(where + ": \"path\" must be a string (RFC 7644 §3.5.2).");
    }
    return PatchPathParser.parse(path.textValue());
  }

  private static void requireValue(boolean hasValue, String where, String op) {
    if (!hasValue) {
      throw ScimException.invalidValue(where + (op.equals("add") ? ": an add" : ": a replace")
          + " operation needs a \"value\" (RFC 7644 §3.5.2." + (op.equals("add") ? "1" : "3") + ").");
    }
  }
}
