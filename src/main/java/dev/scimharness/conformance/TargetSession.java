package dev.scimharness.conformance;

import dev.scimharness.endpoint.HarnessConfig;
import dev.scimharness.endpoint.Request;
import dev.scimharness.endpoint.ScimClient;
import dev.scimharness.endpoint.ScimResponse;
import dev.scimharness.endpoint.Target;

/**
 * A started target with its client, shared by every scenario of a run: the embedded server starts once, and
 * the ServiceProviderConfig is read once.
 */
public final class TargetSession implements AutoCloseable {
  private final HarnessConfig config;
  private final Target target;
  private final ScimClient client;
  private volatile Capabilities capabilities;

  TargetSession(HarnessConfig config, Target target) {
    this.config = config;
    this.target = target;
    this.client = ScimClient.of(target, config);
  }

  public HarnessConfig config() {
    return config;
  }

  public Target target() {
    return target;
  }

  public ScimClient client() {
    return client;
  }

  /** The target's ServiceProviderConfig, fetched on first use. */
  public Capabilities capabilities() {
    Capabilities c = capabilities;
    if (c == null) {
      synchronized (this) {
        if (capabilities == null) {
          ScimResponse r = client.send(Request.of("GET", "/ServiceProviderConfig"));
          capabilities = Capabilities.of(r.status() == 200 ? r.json() : null);
        }
        c = capabilities;
      }
    }
    return c;
  }

  @Override
  public void close() {
    client.close();
    target.close();
  }
}
