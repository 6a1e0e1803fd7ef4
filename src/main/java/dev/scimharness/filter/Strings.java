package dev.scimharness.filter;

/**
 * The string side of the comparison operators, in a case-exact and a case-ignoring flavour. The ignoring
 * flavour uses {@link String#regionMatches(boolean, int, String, int, int)} and
 * {@link String#compareToIgnoreCase}, so no lower-cased copy is made per comparison.
 */
final class Strings {
  private Strings() {}

  static boolean exact(CompareOp op, String a, String b) {
    switch (op) {
      case EQ:
        return a.equals(b);
      case NE:
        return !a.equals(b);
      case CO:
        return a.contains(b);
      case SW:
        return a.startsWith(b);
      case EW:
        return a.endsWith(b);
      case GT:
        return a.compareTo(b) > 0;
      case GE:
        return a.compareTo(b) >= 0;
      case LT:
        return a.compareTo(b) < 0;
      case LE:
        return a.compareTo(b) <= 0;
      default:
        throw new IllegalArgumentException(op.toString());
    }
  }

  static boolean ignoringCase(CompareOp op, String a, String b) {
    switch (op) {
      case EQ:
        return a.equalsIgnoreCase(b);
      case NE:
        return !a.equalsIgnoreCase(b);
      case CO:
        return containsIgnoreCase(a, b);
      case SW:
        return a.regionMatches(true, 0, b, 0, b.length());
      case EW:
        return a.length() >= b.length() && a.regionMatches(true, a.length() - b.length(), b, 0, b.length());
      case GT:
        return a.compareToIgnoreCase(b) > 0;
      case GE:
        return a.compareToIgnoreCase(b) >= 0;
      case LT:
        return a.compareToIgnoreCase(b) < 0;
      case LE:
        return a.compareToIgnoreCase(b) <= 0;
      default:
        throw new IllegalArgumentException(op.toString());
    }
  }

  static boolean containsIgnoreCase(String a, String b) {
    int m = b.length();
    if (m == 0) {
      return true;
    }
    char first = b.charAt(0);
    char firstUpper = Character.toUpperCase(first);
    char firstLower = Character.toLowerCase(first);
    for (int i = 0, last = a.length() - m; i <= last; i++) {
      char c = a.charAt(i);
      if ((c == first || c == firstUpper || c == firstLower || Character.toLowerCase(c) == firstLower)
          && a.regionMatches(true, i, b, 0, m)) {
        return true;
      }
    }
    return false;
  }
}
