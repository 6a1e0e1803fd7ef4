package dev.scimharness.report;

import dev.scimharness.report.Certificate.Fact;
import dev.scimharness.report.Certificate.Section;
import java.util.List;
import java.util.stream.Collectors;

/** {@code certificate.md}: the {@link Certificate} as Markdown, its badge beside it ({@code badge.svg}). */
public final class CertificateMarkdown {
  private CertificateMarkdown() {}

  public static String render(Certificate c) {
    StringBuilder md = new StringBuilder("# SCIM conformance certificate\n\n");
    md.append("![").append(Badge.LABEL).append(' ').append(c.badge().message()).append("](badge.svg)\n\n");
    md.append("**Verdict: ").append(cell(c.verdict())).append("** — ").append(cell(c.explanation())).append("\n\n");
    md.append("| | |\n|---|---|\n");
    for (Fact f : c.facts()) {
      md.append("| ").append(cell(f.name())).append(" | ").append(cell(f.value())).append(" |\n");
    }
    for (Section s : c.sections()) {
      md.append("\n## ").append(cell(s.title())).append("\n\n");
      if (s.note() != null) {
        md.append(cell(s.note())).append("\n\n");
      }
      if (s.rows().isEmpty()) {
        continue;
      }
      md.append(row(s.columns()));
      md.append(s.columns().stream().map(x -> "---").collect(Collectors.joining("|", "|", "|\n")));
      s.rows().forEach(r -> md.append(row(r)));
    }
    return md.toString();
  }

  private static String row(List<String> cells) {
    return cells.stream().map(CertificateMarkdown::cell).collect(Collectors.joining(" | ", "| ", " |\n"));
  }

  // A target or a reason is text from outside: it must neither end a table cell nor become HTML in a viewer.
  static String cell(String text) {
    return (text == null ? "" : text).replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;")
        .replace(">", "&gt;").replaceAll("\\s+", " ").strip();
  }
}
