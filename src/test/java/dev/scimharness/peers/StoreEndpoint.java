package dev.scimharness.peers;

import static com.unboundid.scim2.common.utils.ApiConstants.MEDIA_TYPE_SCIM;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.GenericScimResource;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.messages.PatchRequest;
import com.unboundid.scim2.server.utils.ResourcePreparer;
import com.unboundid.scim2.server.utils.ResourceTypeDefinition;
import com.unboundid.scim2.server.utils.SchemaChecker;
import com.unboundid.scim2.server.utils.SimpleSearchResults;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/**
 * One resource type's endpoint, written the way the UnboundID toolkit expects an application to: every decision
 * is a library call — schema checks ({@link SchemaChecker}: required, undefined, types, canonical values,
 * mutability), filtering, sorting and paging ({@link SimpleSearchResults}), PATCH ({@link PatchRequest#apply}),
 * projection and meta.resourceType / meta.location ({@link ResourcePreparer}); the library's exception mappers
 * turn its exceptions into SCIM errors. The glue stores ({@link ObjectNodeStore}), answers 201/204 and may
 * complete a request first (group member references, {@link MemberReferences}).
 * A concrete subclass carries the {@code @ResourceType} and {@code @Path} the library reads.
 */
public abstract class StoreEndpoint {
  private final ResourceTypeDefinition type = ResourceTypeDefinition.fromJaxRsResource(getClass());
  private final SchemaChecker checker = new SchemaChecker(type);
  private final ObjectNodeStore store;

  StoreEndpoint(ObjectNodeStore store) {
    this.store = store;
  }

  @GET
  @Produces({MEDIA_TYPE_SCIM, MediaType.APPLICATION_JSON})
  public SimpleSearchResults<GenericScimResource> search(@Context UriInfo uri) throws ScimException {
    return new SimpleSearchResults<GenericScimResource>(type, uri).addAll(store.all());
  }

  @GET
  @Path("{id}")
  @Produces({MEDIA_TYPE_SCIM, MediaType.APPLICATION_JSON})
  public GenericScimResource retrieve(@PathParam("id") String id, @Context UriInfo uri) throws ScimException {
    return new ResourcePreparer<GenericScimResource>(type, uri)
        .trimRetrievedResource(new GenericScimResource(store.get(id)));
  }

  @POST
  @Produces({MEDIA_TYPE_SCIM, MediaType.APPLICATION_JSON})
  public Response create(ObjectNode body, @Context UriInfo uri) throws ScimException {
    complete(body, uri.getBaseUri());
    GenericScimResource created = create(body);
    GenericScimResource answer = new ResourcePreparer<GenericScimResource>(type, uri)
        .trimCreatedResource(created, new GenericScimResource(body));
    // the preparer has set meta.location on the created resource itself, also when attributes= leaves meta out
    return Response.created(created.getMeta().getLocation()).entity(answer).build();
  }

  /** RFC 7644 §3.3: readOnly attributes the client sent are ignored, the rest is checked against the schema. */
  GenericScimResource create(ObjectNode body) throws ScimException {
    ObjectNode resource = checker.removeReadOnlyAttributes(body);
    checker.checkCreate(resource).throwSchemaExceptions();
    return store.create(resource);
  }

  @PUT
  @Path("{id}")
  @Produces({MEDIA_TYPE_SCIM, MediaType.APPLICATION_JSON})
  public GenericScimResource replace(@PathParam("id") String id, ObjectNode body, @Context UriInfo uri)
      throws ScimException {
    complete(body, uri.getBaseUri());
    GenericScimResource replaced;
    synchronized (store) {
      ObjectNode resource = checker.removeReadOnlyAttributes(body);
      checker.checkReplace(resource, store.get(id)).throwSchemaExceptions();
      replaced = store.replace(id, resource);
    }
    return new ResourcePreparer<GenericScimResource>(type, uri)
        .trimReplacedResource(replaced, new GenericScimResource(body));
  }

  @PATCH
  @Path("{id}")
  @Produces({MEDIA_TYPE_SCIM, MediaType.APPLICATION_JSON})
  public GenericScimResource modify(@PathParam("id") String id, PatchRequest patch, @Context UriInfo uri)
      throws ScimException {
    PatchRequest completed = complete(patch, uri.getBaseUri());
    GenericScimResource modified;
    synchronized (store) {
      ObjectNode current = store.get(id);
      checker.checkModify(completed, checker.removeReadOnlyAttributes(current)).throwSchemaExceptions();
      GenericScimResource resource = new GenericScimResource(current);
      completed.apply(resource);
      modified = store.replace(id, resource.getObjectNode());
    }
    return new ResourcePreparer<GenericScimResource>(type, uri).trimModifiedResource(modified, completed);
  }

  /** What the application adds to a request before the library checks it; nothing unless overridden. */
  void complete(ObjectNode body, URI base) {}

  PatchRequest complete(PatchRequest patch, URI base) {
    return patch;
  }

  ObjectNodeStore store() {
    return store;
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") String id) throws ScimException {
    store.delete(id);
    return Response.noContent().build();
  }
}
