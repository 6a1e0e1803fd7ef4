package dev.scimharness.peers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.GenericScimResource;
import com.unboundid.scim2.common.exceptions.ResourceConflictException;
import com.unboundid.scim2.common.exceptions.ResourceNotFoundException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The store an application of the UnboundID SCIM 2 server toolkit supplies: resources by id, as JSON. The glue's
 * own share of behaviour, all of it here: ids, meta.created and meta.lastModified, 404 for unknown ids, and
 * uniqueness of one attribute (RFC 7643 §4.1.1: userName is unique "server"-wide, which only the store can see).
 * meta.resourceType and meta.location are not stored; the library's ResourcePreparer adds them on every answer.
 */
final class ObjectNodeStore {
  private final Map<String, ObjectNode> resources = new ConcurrentHashMap<>();
  /** The attribute that is unique case-insensitively, or null. */
  private final String uniqueAttribute;
  private Instant lastChange = Instant.EPOCH;

  ObjectNodeStore(String uniqueAttribute) {
    this.uniqueAttribute = uniqueAttribute;
  }

  List<GenericScimResource> all() {
    List<GenericScimResource> all = new ArrayList<>();
    resources.values().forEach(r -> all.add(new GenericScimResource(r.deepCopy())));
    return all;
  }

  boolean contains(String id) {
    return resources.containsKey(id);
  }

  ObjectNode get(String id) throws ResourceNotFoundException {
    ObjectNode stored = resources.get(id);
    if (stored == null) {
      throw new ResourceNotFoundException("no resource with id " + id);
    }
    return stored.deepCopy();
  }

  synchronized GenericScimResource create(ObjectNode resource) throws ResourceConflictException {
    checkUnique(resource, null);
    String id = UUID.randomUUID().toString();
    String now = tick();
    ObjectNode stored = resource.deepCopy();
    stored.put("id", id);
    stored.putObject("meta").put("created", now).put("lastModified", now);
    resources.put(id, stored);
    return new GenericScimResource(stored.deepCopy());
  }

  /** Replaces the resource's attributes; id and meta.created stay, meta.lastModified moves on. */
  synchronized GenericScimResource replace(String id, ObjectNode resource)
      throws ResourceNotFoundException, ResourceConflictException {
    String created = get(id).path("meta").path("created").asText();
    checkUnique(resource, id);
    ObjectNode stored = resource.deepCopy();
    stored.put("id", id);
    stored.putObject("meta").put("created", created).put("lastModified", tick());
    resources.put(id, stored);
    return new GenericScimResource(stored.deepCopy());
  }

  void delete(String id) throws ResourceNotFoundException {
    if (resources.remove(id) == null) {
      throw new ResourceNotFoundException("no resource with id " + id);
    }
  }

  /** Strictly later than the previous change, so that meta.lastModified orders changes (RFC 7643 §3.1). */
  private String tick() {
    Instant now = Instant.now();
    lastChange = now.isAfter(lastChange) ? now : lastChange.plusMillis(1);
    return lastChange.toString();
  }

  private void checkUnique(ObjectNode resource, String ownId) throws ResourceConflictException {
    Optional<String> key = uniqueKey(resource);
    if (key.isPresent() && resources.entrySet().stream()
        .anyMatch(e -> !e.getKey().equals(ownId) && uniqueKey(e.getValue()).equals(key))) {
      throw ResourceConflictException.uniqueness(uniqueAttribute + " '" + key.get() + "' is already taken");
    }
  }

  private Optional<String> uniqueKey(ObjectNode resource) {
    if (uniqueAttribute == null) {
      return Optional.empty();
    }
    // attribute names are case-insensitive (RFC 7643 §2.1), and the stored JSON keeps the client's spelling
    for (Map.Entry<String, JsonNode> field : resource.properties()) {
      if (field.getKey().equalsIgnoreCase(uniqueAttribute) && field.getValue().isTextual()) {
        return Optional.of(field.getValue().asText().toLowerCase(Locale.ROOT));
      }
    }
    return Optional.empty();
  }
}
