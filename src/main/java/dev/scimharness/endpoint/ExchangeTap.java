package dev.scimharness.endpoint;

import java.util.Map;

/**
 * Sees every exchange of a client as it completes, and may add headers to a request as it leaves: how a run is
 * recorded and replayed ({@code dev.scimharness.record}). {@link #context()} is read on the thread that sends, so
 * an answer that completes on another thread still knows which scenario asked.
 */
public interface ExchangeTap {
  ExchangeTap NONE = new ExchangeTap() {};

  /** What the request is sent in (the scenario under way), read on the sending thread; {@code null} for none. */
  default String context() {
    return null;
  }

  /** Headers added to a request sent in {@code context}. */
  default Map<String, String> headers(String context) {
    return Map.of();
  }

  /** One exchange as it went over the wire (secrets and all), with the context it was sent in. */
  default void exchanged(String context, Exchange raw) {}
}
