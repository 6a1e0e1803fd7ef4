package dev.scimharness.provenance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds, in one line of a tracked file, a path that leads outside the repository: a reader who clones it cannot
 * open such a path, so a rule that cites one cites nothing. Caught: the notes directory a sibling checkout would
 * hold (climbing into it, or naming its research and seed folders), absolute file-system paths of a build machine
 * (under the home, work, temporary, mount or system roots, on a Windows drive, under the user's home written with a
 * tilde, {@code file:} URLs). Left alone: the path of an http(s) URL, whose {@code /Users/…} is an endpoint, and relative SCIM
 * references such as a {@code $ref} of {@code ../Users/…}, which resolve against a base URL, not a disk. A macOS
 * home ({@code /Users/name}) cannot be told from the SCIM endpoint and is left alone too, as is a script's
 * {@code #!} line.
 */
final class OutsidePaths {
  private static final List<Pattern> PATTERNS = List.of(
      // the notes directory next to a checkout, reached by climbing out or named by its folders
      Pattern.compile("\\.\\./+shared\\b[^\\s\"'`)\\]]*"),
      Pattern.compile("(?<![\\w.-])shared/+(?:research|seed)\\b[^\\s\"'`)\\]]*"),
      // an absolute path: it starts a token (not inside a URL, whose path follows a host or another segment)
      Pattern.compile("(?<![\\w.~%:/@!-])/(?:home|work|workspace|tmp|root|mnt|media|opt|var|srv|etc|usr|private"
          + "|Volumes|shared)(?:/[^\\s\"'`)\\]]*|(?=[\\s\"'`)\\]]|$))"),
      Pattern.compile("(?<![\\w/])[~]/[^\\s\"'`)\\]]*"),
      Pattern.compile("(?<![\\w])[A-Za-z]:\\\\[^\\s\"'`)\\]]*"),
      Pattern.compile("\\bfile:/[^\\s\"'`)\\]]*"));

  private OutsidePaths() {}

  /** The paths outside the repository that {@code line} names, in the order they appear. */
  static List<String> in(String line) {
    if (line.startsWith("#!")) {
      return List.of(); // a shebang names the interpreter every machine has, not a source
    }
    List<Hit> found = new ArrayList<>();
    for (Pattern p : PATTERNS) {
      Matcher m = p.matcher(line);
      while (m.find()) {
        found.add(new Hit(m.start(), m.group()));
      }
    }
    return found.stream().sorted(Comparator.comparingInt(Hit::at)).map(Hit::text).toList();
  }

  private record Hit(int at, String text) {}
}
