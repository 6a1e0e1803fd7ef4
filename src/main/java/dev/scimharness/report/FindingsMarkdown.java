package dev.scimharness.report;

import dev.scimharness.requirements.Catalogue;
import dev.scimharness.requirements.Requirement;
import java.util.List;

/** The findings section that opens {@code summary.md}: per finding its RFC sections, one exchange, its scenarios. */
final class FindingsMarkdown {
  private static final int EXAMPLE_LINES = 25;

  private FindingsMarkdown() {}

  static void append(StringBuilder md, List<Finding> findings) {
    md.append("## Findings (").append(findings.size()).append(")\n\n");
    if (findings.isEmpty()) {
      md.append("None: no scenario failed.\n");
      return;
    }
    int i = 0;
    for (Finding f : findings) {
      md.append("### ").append(++i).append(". ").append(escape(f.title())).append(" (").append(f.scenarios().size())
          .append(f.scenarios().size() == 1 ? " scenario" : " scenarios").append(")\n\n");
      md.append("Finding id `").append(f.id()).append("` (for a waiver). RFC: ").append(String.join(", ", f.sections()))
          .append("\n\n");
      for (Requirement r : requirements(f)) {
        md.append("> ").append(r.id()).append(" (").append(r.keyword().words()).append(", ")
            .append(r.level().name()).append("): ").append(escape(r.text())).append(" — ").append(r.url()).append('\n');
      }
      md.append(requirements(f).isEmpty() ? "" : "\n");
      if (f.example() != null) {
        List<String> lines = f.example().lines().toList();
        md.append("```http\n").append(String.join("\n", lines.subList(0, Math.min(EXAMPLE_LINES, lines.size()))))
            .append(lines.size() > EXAMPLE_LINES ? "\n…" : "").append("\n```\n\n");
      }
      for (ScenarioResult s : f.scenarios()) {
        md.append("- **").append(s.level().name()).append("** ").append(escape(s.name())).append(" (`")
            .append(s.uri()).append(':').append(s.line()).append("`)\n");
      }
      md.append('\n');
    }
  }

  // The sentences the finding's scenarios check; none when the catalogue cannot be read (the report still stands).
  private static List<Requirement> requirements(Finding f) {
    try {
      Catalogue c = Catalogue.shared();
      return f.scenarios().stream().flatMap(s -> c.named(s.tags()).stream()).distinct().toList();
    } catch (RuntimeException unreadable) {
      return List.of();
    }
  }

  private static String escape(String text) {
    return text == null ? "" : text.replace("|", "\\|");
  }
}
