package dev.scimharness.endpoint;

/**
 * Watches one client's traffic for the run it serves: may refuse a request before it is sent (by throwing), and
 * sees every exchange that went to the wire, answered or not.
 */
public interface RequestGuard {
  RequestGuard NONE = new RequestGuard() {
    @Override
    public void admit(Request request) {}

    @Override
    public void observe(Exchange exchange) {}
  };

  /** Throws to keep {@code request} from being sent. */
  void admit(Request request);

  void observe(Exchange exchange);
}
