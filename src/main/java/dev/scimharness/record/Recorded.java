package dev.scimharness.record;

import dev.scimharness.endpoint.Exchange;
import java.time.Instant;

/** One exchange of a recorded run: the scenario it belongs to ({@code null} for the run's own), when it started. */
public record Recorded(String scenario, Instant started, Exchange raw) {}
