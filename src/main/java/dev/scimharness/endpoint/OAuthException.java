package dev.scimharness.endpoint;

/** No access token could be had from the OAuth 2.0 token endpoint; the message names why, never a secret. */
public final class OAuthException extends RuntimeException {
  public OAuthException(String message) {
    super(message);
  }
}
