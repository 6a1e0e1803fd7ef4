package dev.scimharness.steps.conformance;

import com.fasterxml.jackson.databind.JsonNode;

/** A resource a scenario refers to by alias: its collection, where it lives, its last representation and ETag. */
record Tracked(String collection, String location, JsonNode json, String etag) {
  Tracked with(JsonNode newJson, String newEtag) {
    return new Tracked(collection, location, newJson == null ? json : newJson, newEtag == null ? etag : newEtag);
  }
}
