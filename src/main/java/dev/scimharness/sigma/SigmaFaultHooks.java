package dev.scimharness.sigma;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The points where a provider could break the guide, each a narrow hook whose default is what the guide says.
 * {@link SigmaFault} overrides one hook per fault; {@link #NONE} is the clean organisation. The model and the
 * profile call these hooks and never ask which fault is on.
 */
public interface SigmaFaultHooks {
  SigmaFaultHooks NONE = new SigmaFaultHooks() {};

  /** What the Admin Portal shows of a bearer token after the Copy Keys step: nothing, Sigma keeps only a hash. */
  default String bearerTokenShownAgain(String bearerToken) {
    return null;
  }

  /** Whether an enable while provisioning is on is refused: Sigma has one SCIM secret for all IdPs. */
  default boolean oneSecretAtATime() {
    return true;
  }

  /** Why a dead token is still refused once its Admin qualifies again: the same reason, it never comes back. */
  default String whenAdminReturns(String brokenReason) {
    return brokenReason;
  }

  /** Whether a user the IdP creates reaches Sigma (after the provisioning delay). */
  default boolean showsNewUser() {
    return true;
  }

  /** Before the REST API reads members; a clean organisation answers whether provisioning is on or off. */
  default void beforeApiRead(boolean provisioningOn) {}

  /** Whether a PUT or PATCH with {@code requested} keeps the user named {@code current}: case is ignored. */
  default boolean sameUserName(String current, String requested) {
    return current.equalsIgnoreCase(requested);
  }

  /** Whether a SAML sign-in persists the IdP's updates to an existing member ("for updates to persist"). */
  default boolean samlSignInPersists() {
    return true;
  }

  /** A SCIM list response about to be sent to the IdP (RFC 7644 §3.4.2), unchanged. */
  default ObjectNode scimList(ObjectNode listResponse) {
    return listResponse;
  }

  /** Whether {@link #scimList} can change anything, so the profile looks at list responses only then. */
  default boolean rewritesScimLists() {
    return false;
  }
}
