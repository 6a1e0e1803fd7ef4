package dev.scimharness.fuzz;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.Json;

/**
 * One generated case: the resource to create (without the parts the check fills in — a unique {@code userName},
 * {@code schemas}) and the PATCH body to send to it, as text because some bodies are not even JSON. Member ids are
 * placeholders ({@code {{m0}}}). Its {@code toString} is what jqwik prints for the shrunk sample: the payload to
 * replay.
 */
record PatchFuzzCase(String endpoint, ObjectNode resource, String body) {

  @Override
  public String toString() {
    return "POST /" + endpoint + " " + Json.write(resource) + "  then  PATCH " + body;
  }
}
