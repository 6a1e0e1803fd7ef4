package dev.scimharness.peers;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.messages.PatchRequest;
import com.unboundid.scim2.common.types.GroupResource;
import com.unboundid.scim2.server.annotations.ResourceType;
import jakarta.ws.rs.Path;
import java.net.URI;

/** /Groups: the library's Group schema (RFC 7643 §4.2); member references are completed by the glue. */
@ResourceType(description = "Group", name = "Group", schema = GroupResource.class)
@Path("Groups")
public final class UnboundIdGroups extends StoreEndpoint {
  private final MemberReferences references;

  UnboundIdGroups() {
    super(new ObjectNodeStore(null));
    this.references = new MemberReferences(store());
  }

  @Override
  void complete(ObjectNode body, URI base) {
    references.fill(body, base);
  }

  @Override
  PatchRequest complete(PatchRequest patch, URI base) {
    return references.fill(patch, base);
  }
}
