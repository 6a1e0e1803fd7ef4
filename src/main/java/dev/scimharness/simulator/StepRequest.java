package dev.scimharness.simulator;

import dev.scimharness.endpoint.Request;

/**
 * A request ready to send (path and query values filled in, encoded as the sender's {@link Wire} does, body
 * written), with what the simulator records about it: its step, what it is for and who sends it.
 */
public record StepRequest(String step, String purpose, Origin origin, Request request) {}
