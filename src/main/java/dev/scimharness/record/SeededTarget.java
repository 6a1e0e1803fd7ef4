package dev.scimharness.record;

import dev.scimharness.endpoint.Target;

/** A target whose run must use a given name prefix and seed: a recording writes them down, a replay reuses them. */
public interface SeededTarget extends Target {
  RunSeed seed();
}
