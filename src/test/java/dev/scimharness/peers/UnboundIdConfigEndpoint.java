package dev.scimharness.peers;

import com.unboundid.scim2.common.types.AuthenticationScheme;
import com.unboundid.scim2.common.types.BulkConfig;
import com.unboundid.scim2.common.types.ChangePasswordConfig;
import com.unboundid.scim2.common.types.ETagConfig;
import com.unboundid.scim2.common.types.FilterConfig;
import com.unboundid.scim2.common.types.PatchConfig;
import com.unboundid.scim2.common.types.ServiceProviderConfigResource;
import com.unboundid.scim2.common.types.SortConfig;
import com.unboundid.scim2.server.resources.AbstractServiceProviderConfigEndpoint;
import jakarta.ws.rs.Path;
import java.util.List;

/**
 * The toolkit serves /ServiceProviderConfig and leaves its content to the application (RFC 7643 §5). It states
 * what the library does with this glue: PATCH, filtering and sorting yes; no bulk, ETags or password change, which
 * the toolkit does not implement.
 */
@Path("ServiceProviderConfig")
public final class UnboundIdConfigEndpoint extends AbstractServiceProviderConfigEndpoint {
  @Override
  public ServiceProviderConfigResource getServiceProviderConfig() {
    return new ServiceProviderConfigResource(null, new PatchConfig(true), new BulkConfig(false, 0, 0),
        new FilterConfig(true, 200), new ChangePasswordConfig(false), new SortConfig(true), new ETagConfig(false),
        List.of(AuthenticationScheme.createOAuth2BearerToken(true)));
  }
}
