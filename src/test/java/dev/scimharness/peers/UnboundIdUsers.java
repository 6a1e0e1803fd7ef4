package dev.scimharness.peers;

import com.unboundid.scim2.common.types.EnterpriseUserExtension;
import com.unboundid.scim2.common.types.UserResource;
import com.unboundid.scim2.server.annotations.ResourceType;
import jakarta.ws.rs.Path;

/** /Users: the library's User schema with the Enterprise User extension (RFC 7643 §4.1, §4.3). */
@ResourceType(description = "User Account", name = "User", schema = UserResource.class,
    optionalSchemaExtensions = EnterpriseUserExtension.class)
@Path("Users")
public final class UnboundIdUsers extends StoreEndpoint {
  UnboundIdUsers() {
    super(new ObjectNodeStore("userName"));
  }
}
