package dev.scimharness.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.patch.PatchParser;
import dev.scimharness.scim.Json;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/** PatchOp messages (RFC 7644 §3.5.2) around generated operations, and the ways the message itself goes wrong. */
final class PatchBodies {
  private PatchBodies() {}

  enum Envelope {
    STANDARD, LOWER_CASE_OPERATIONS_KEY, NO_SCHEMAS, OTHER_SCHEMA, NO_OPERATIONS, EMPTY_OPERATIONS, OPERATIONS_OBJECT,
    ARRAY_BODY, TRUNCATED_JSON
  }

  static Arbitrary<String> of(Arbitrary<JsonNode> operation) {
    Arbitrary<Envelope> envelope = Arbitraries.frequency(
        Tuple.of(60, Envelope.STANDARD),
        Tuple.of(2, Envelope.LOWER_CASE_OPERATIONS_KEY),
        Tuple.of(2, Envelope.NO_SCHEMAS),
        Tuple.of(1, Envelope.OTHER_SCHEMA),
        Tuple.of(1, Envelope.NO_OPERATIONS),
        Tuple.of(1, Envelope.EMPTY_OPERATIONS),
        Tuple.of(1, Envelope.OPERATIONS_OBJECT),
        Tuple.of(1, Envelope.ARRAY_BODY),
        Tuple.of(1, Envelope.TRUNCATED_JSON));
    // Shrinking goes towards STANDARD (the first value) and one operation.
    // Mostly one or two operations: every extra one is another chance for the whole request to be refused.
    Arbitrary<List<JsonNode>> operations = operation.list().ofMinSize(1).ofMaxSize(3)
        .withSizeDistribution(RandomDistribution.biased());
    return Combinators.combine(operations, envelope).as(PatchBodies::write);
  }

  static String write(List<JsonNode> operations, Envelope envelope) {
    ArrayNode ops = Json.NODES.arrayNode();
    operations.forEach(o -> ops.add(o.deepCopy()));
    ObjectNode body = Json.object();
    switch (envelope) {
      case NO_SCHEMAS -> { }
      case OTHER_SCHEMA -> body.putArray("schemas").add("urn:ietf:params:scim:api:messages:2.0:ListResponse");
      default -> body.putArray("schemas").add(PatchParser.PATCH_OP_URN);
    }
    switch (envelope) {
      case NO_OPERATIONS -> { }
      case EMPTY_OPERATIONS -> body.putArray("Operations");
      case OPERATIONS_OBJECT -> body.set("Operations", ops.get(0));
      case LOWER_CASE_OPERATIONS_KEY -> body.set("operations", ops);
      default -> body.set("Operations", ops);
    }
    String text = Json.write(envelope == Envelope.ARRAY_BODY ? ops : body);
    return envelope == Envelope.TRUNCATED_JSON ? text.substring(0, text.length() - 1) : text;
  }
}
