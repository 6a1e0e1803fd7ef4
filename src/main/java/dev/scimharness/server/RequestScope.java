package dev.scimharness.server;

import dev.scimharness.lint.LintFinding;
import dev.scimharness.scim.Leniency;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One request as the service layer sees it: the caller's tenant and grant, the base URL resources are addressed
 * under (for {@code Location} and {@code meta.location}), the leniency, and the lint findings collected so far.
 */
public final class RequestScope {
  private final Tenant tenant;
  private final TokenGrant grant;
  private final String baseUrl;
  private final Leniency leniency;
  private final List<LintFinding> findings = new ArrayList<>();

  public RequestScope(Tenant tenant, TokenGrant grant, String baseUrl, Leniency leniency) {
    this.tenant = Objects.requireNonNull(tenant, "tenant");
    this.grant = grant;
    this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
    this.leniency = Objects.requireNonNull(leniency, "leniency");
  }

  public Tenant tenant() {
    return tenant;
  }

  public ResourceStore store() {
    return tenant.store();
  }

  public TokenGrant grant() {
    return grant;
  }

  public String baseUrl() {
    return baseUrl;
  }

  public Leniency leniency() {
    return leniency;
  }

  public List<LintFinding> findings() {
    return findings;
  }

  public void lint(LintFinding finding) {
    findings.add(finding);
  }

  /** The same caller under another base URL (bulk sub-operations share the findings list). */
  WriteContext write(ResourceKind kind, WriteContext.Operation op) {
    return new WriteContext(tenant, grant, kind, op);
  }
}
