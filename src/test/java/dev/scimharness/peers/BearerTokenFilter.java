package dev.scimharness.peers;

import static com.unboundid.scim2.common.utils.ApiConstants.MEDIA_TYPE_SCIM;

import com.unboundid.scim2.common.messages.ErrorResponse;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * RFC 7644 §2: a request without valid credentials is a 401 with a SCIM error and the RFC 6750 challenge. The
 * UnboundID toolkit leaves authentication to the container; this runs before its own request filters.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
final class BearerTokenFilter implements ContainerRequestFilter {
  private final String expected;

  BearerTokenFilter(String token) {
    this.expected = "Bearer " + token;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    if (!expected.equals(request.getHeaderString(HttpHeaders.AUTHORIZATION))) {
      ErrorResponse error = new ErrorResponse(401);
      error.setDetail("a valid bearer token is required");
      request.abortWith(Response.status(401).type(MEDIA_TYPE_SCIM).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
          .entity(error).build());
    }
  }
}
