package dev.scimharness.endpoint;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Where the bearer token of the harness's requests comes from: one given token, or tokens fetched with OAuth 2.0
 * client credentials and fetched again when the target says the one it was sent has expired.
 */
public sealed interface Credentials permits Credentials.Fixed, ClientCredentials {

  /** The token to send now; empty for none. May fetch one, and throws {@link OAuthException} when it cannot. */
  Optional<String> token();

  /**
   * A token to use instead of {@code refused}, which the target answered 401 to; empty when there is no other (a
   * fixed token). Throws {@link OAuthException} when a new one cannot be fetched.
   */
  Optional<String> renew(String refused);

  /** Why no token can be had, for the preflight; empty when one can (or none is needed). */
  default Optional<String> problem() {
    try {
      token();
      return Optional.empty();
    } catch (OAuthException e) {
      return Optional.of(e.getMessage());
    }
  }

  /** What the redactor masks: every token handed out so far, and the secrets behind them. */
  Collection<String> secrets();

  /** The configuration's OAuth 2.0 client (one per settings in this JVM), or the target's token. */
  static Credentials of(Target target, HarnessConfig config) {
    return config.oauth().<Credentials>map(o -> ClientCredentials.shared(o, config))
        .orElseGet(() -> new Fixed(target.token().orElse(null)));
  }

  /** A token given in the configuration, or none. */
  record Fixed(String value) implements Credentials {
    @Override
    public Optional<String> token() {
      return Optional.ofNullable(value);
    }

    @Override
    public Optional<String> renew(String refused) {
      return Optional.empty();
    }

    @Override
    public Collection<String> secrets() {
      return value == null ? List.of() : List.of(value);
    }

    @Override
    public String toString() {
      return "Fixed[" + Redactor.MASK + "]";
    }
  }
}
