package dev.scimharness.requirements;

import dev.scimharness.requirements.Level;
import java.util.Objects;

/**
 * One normative sentence of a specification (RFC 7643, RFC 7644, …), as the suite checks it.
 *
 * @param id        stable id, {@code <rfc number>-<section>-r<n>}, e.g. {@code 7644-3.3-r2}; scenarios name it in a
 *                  {@code @req-<id>} tag
 * @param document  e.g. {@code RFC 7644}
 * @param section   e.g. {@code 3.4.2.2}
 * @param keyword   the key word the sentence uses, or {@link Keyword#NONE}
 * @param text      the sentence
 * @param level     the keyword's level, or the catalogue's decision for a sentence without a keyword
 * @param reason    why: the decision for a keyword-less sentence, or why a requirement has no scenario
 * @param scope     whom it binds
 * @param url       where to read it
 */
public record Requirement(String id, String document, String section, Keyword keyword, String text, Level level,
    String reason, Scope scope, String url) {
  public Requirement {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(keyword, "keyword");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(scope, "scope");
  }

  /** The tag a scenario carries to say it checks this requirement. */
  public String tag() {
    return "@req-" + id;
  }
}
