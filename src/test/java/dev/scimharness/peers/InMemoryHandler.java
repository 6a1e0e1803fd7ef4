package dev.scimharness.peers;

import de.captaingoldfish.scim.sdk.common.constants.ScimType;
import de.captaingoldfish.scim.sdk.common.constants.enums.SortOrder;
import de.captaingoldfish.scim.sdk.common.exceptions.ConflictException;
import de.captaingoldfish.scim.sdk.common.exceptions.ResourceNotFoundException;
import de.captaingoldfish.scim.sdk.common.resources.ResourceNode;
import de.captaingoldfish.scim.sdk.common.resources.complex.Meta;
import de.captaingoldfish.scim.sdk.common.schemas.SchemaAttribute;
import de.captaingoldfish.scim.sdk.common.utils.JsonHelper;
import de.captaingoldfish.scim.sdk.server.endpoints.Context;
import de.captaingoldfish.scim.sdk.server.endpoints.ResourceHandler;
import de.captaingoldfish.scim.sdk.server.filter.FilterNode;
import de.captaingoldfish.scim.sdk.server.response.PartialListResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The storage a SCIM-SDK application has to supply: a map of resources by id. Everything else — schema
 * validation, filtering, sorting, paging, PATCH, projection, ETags — is left to the library (auto-filtering and
 * auto-sorting on), so the suite checks library code. The glue's own share, all of it here: ids, meta.created /
 * meta.lastModified / meta.location, 404 for unknown ids on update and delete, and userName uniqueness (RFC 7643
 * §4.1.1, "server" uniqueness; the library leaves uniqueness to the application). meta.location is stored because
 * the library's ETag is a SHA-1 over the resource as the handler returns it, taken once on the way out (with the
 * location it adds) and once for If-Match (without it, unless stored): the two must hash the same document.
 *
 * <p>Subclass it anonymously ({@code new InMemoryHandler<User>(…) {}}): the library reads the resource class from
 * the generic superclass.
 */
abstract class InMemoryHandler<T extends ResourceNode> extends ResourceHandler<T> {
  private final Map<String, T> resources = new ConcurrentHashMap<>();
  private final String resourceType;
  /** The case-insensitive uniqueness key; empty when the resource type has none. */
  private final Function<T, Optional<String>> uniqueKey;

  InMemoryHandler(String resourceType, Function<T, Optional<String>> uniqueKey) {
    this.resourceType = resourceType;
    this.uniqueKey = uniqueKey;
  }

  @Override
  public synchronized T createResource(T resource, Context context) {
    checkUnique(resource, null);
    Instant now = Instant.now();
    String id = UUID.randomUUID().toString();
    resource.setId(id);
    Meta meta = resource.getMeta().orElseThrow();
    meta.setCreated(now);
    meta.setLastModified(now);
    meta.setLocation(context.getResourceReferenceUrl(id));
    return save(resource);
  }

  @Override
  public T getResource(String id, List<SchemaAttribute> attributes, List<SchemaAttribute> excluded, Context context) {
    T stored = resources.get(id);
    return stored == null ? null : copy(stored);
  }

  /** Every resource: the library filters, sorts and cuts the page (auto-filtering). */
  @Override
  public PartialListResponse<T> listResources(long startIndex, int count, FilterNode filter, SchemaAttribute sortBy,
      SortOrder sortOrder, List<SchemaAttribute> attributes, List<SchemaAttribute> excluded, Context context) {
    List<T> all = new ArrayList<>();
    resources.values().forEach(r -> all.add(copy(r)));
    return PartialListResponse.<T>builder().resources(all).totalResults(all.size()).build();
  }

  @Override
  public synchronized T updateResource(T resource, Context context) {
    String id = resource.getId().orElseThrow();
    T old = resources.get(id);
    if (old == null) {
      throw new ResourceNotFoundException(resourceType + " '" + id + "' does not exist", null, null);
    }
    checkUnique(resource, id);
    Meta meta = resource.getMeta().orElseThrow();
    meta.setCreated(old.getMeta().flatMap(Meta::getCreated).orElseThrow());
    meta.setLastModified(Instant.now());
    meta.setLocation(old.getMeta().flatMap(Meta::getLocation).orElseThrow());
    return save(resource);
  }

  @Override
  public synchronized void deleteResource(String id, Context context) {
    if (resources.remove(id) == null) {
      throw new ResourceNotFoundException(resourceType + " '" + id + "' does not exist", null, null);
    }
  }

  /** Stores a copy without meta.version: the library hashes the resource for its ETag on every response. */
  private T save(T resource) {
    T stored = copy(resource);
    stored.getMeta().ifPresent(m -> m.remove("version"));
    resources.put(stored.getId().orElseThrow(), stored);
    return copy(stored);
  }

  private void checkUnique(T resource, String ownId) {
    Optional<String> key = uniqueKey.apply(resource).map(k -> k.toLowerCase(Locale.ROOT));
    if (key.isEmpty()) {
      return;
    }
    boolean taken = resources.values().stream().anyMatch(r -> !r.getId().orElseThrow().equals(ownId)
        && uniqueKey.apply(r).map(k -> k.toLowerCase(Locale.ROOT)).equals(key));
    if (taken) {
      throw new ConflictException(resourceType + " '" + key.get() + "' already exists", ScimType.RFC7644.UNIQUENESS);
    }
  }

  private T copy(T resource) {
    return JsonHelper.copyResourceToObject(resource.deepCopy(), getType());
  }
}
