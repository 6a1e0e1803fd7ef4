package dev.scimharness.steps.conformance;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A resource a scenario refers to by alias: its collection, its address {@code {base}/{collection}/{id}}, its last
 * representation and ETag.
 */
record Tracked(String collection, String address, JsonNode json, String etag) {
  Tracked with(JsonNode newJson, String newEtag) {
    return new Tracked(collection, address, newJson == null ? json : newJson, newEtag == null ? etag : newEtag);
  }
}
