package dev.scimharness.learn;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A dialect learned from traffic, as the YAML tree of a {@code simulators/} file, with what the traffic did not
 * show (written as {@code unknown}) and why.
 *
 * @param requests how many recorded requests it was learned from
 */
public record LearnedDialect(ObjectNode yaml, List<String> unknown, int requests) {
  public LearnedDialect {
    unknown = List.copyOf(unknown);
  }
}
