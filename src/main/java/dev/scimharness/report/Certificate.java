package dev.scimharness.report;

import java.util.List;

/**
 * What {@code certificate.md} and {@code certificate.html} say, built once and rendered twice: the facts of the run
 * (target, date, harness version and commit, profile), its verdict, and tables (per level, per IdP dialect, the fuzz,
 * the waivers in force, per requirement). Every text is plain; each renderer escapes it for its own format.
 */
public record Certificate(String verdict, String explanation, List<Fact> facts, List<Section> sections, Badge badge) {
  public Certificate {
    facts = List.copyOf(facts);
    sections = List.copyOf(sections);
  }

  /** One line of the header: a name and its value. */
  public record Fact(String name, String value) {}

  /** A titled table; {@code note} is a sentence above it (or {@code null}). */
  public record Section(String title, String note, List<String> columns, List<List<String>> rows) {
    public Section {
      columns = List.copyOf(columns);
      rows = rows.stream().map(List::copyOf).toList();
    }
  }
}
