package dev.scimharness.filter;

/**
 * Chronological comparison of xsd:dateTime strings (RFC 7643 §2.3.5), hand-parsed because the evaluator runs
 * per resource and per value: {@code DateTimeFormatter} costs microseconds and allocates. A value without a
 * zone offset is read as UTC; one that is not a dateTime makes the comparison fall back to text.
 */
final class DateTimes {
  /** Returned by {@link #compare} when either side is not a valid dateTime. */
  static final int NOT_COMPARABLE = Integer.MIN_VALUE;

  private DateTimes() {}

  /** Negative, zero or positive as {@code a} is before, at or after {@code b}; or {@link #NOT_COMPARABLE}. */
  static int compare(String a, String b) {
    long sa = epochSecond(a);
    if (sa == Long.MIN_VALUE) {
      return NOT_COMPARABLE;
    }
    long sb = epochSecond(b);
    if (sb == Long.MIN_VALUE) {
      return NOT_COMPARABLE;
    }
    if (sa != sb) {
      return sa < sb ? -1 : 1;
    }
    return Integer.compare(nanos(a), nanos(b));
  }

  /** Seconds since the epoch, or {@code Long.MIN_VALUE} when {@code s} is not {@code YYYY-MM-DDThh:mm:ss[.f][zone]}. */
  static long epochSecond(String s) {
    int n = s.length();
    if (n < 19 || s.charAt(4) != '-' || s.charAt(7) != '-' || (s.charAt(10) != 'T' && s.charAt(10) != 't')
        || s.charAt(13) != ':' || s.charAt(16) != ':') {
      return Long.MIN_VALUE;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    int second = digits(s, 17, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour < 0 || hour > 23
        || minute < 0 || minute > 59 || second < 0 || second > 59) {
      return Long.MIN_VALUE;
    }
    int p = 19;
    if (p < n && s.charAt(p) == '.') {
      p++;
      int start = p;
      while (p < n && isDigit(s.charAt(p))) {
        p++;
      }
      if (p == start) {
        return Long.MIN_VALUE;
      }
    }
    int offsetSeconds = 0;
    if (p < n) {
      char z = s.charAt(p);
      if ((z == 'Z' || z == 'z') && p + 1 == n) {
        offsetSeconds = 0;
      } else if ((z == '+' || z == '-') && p + 6 == n && s.charAt(p + 3) == ':') {
        int oh = digits(s, p + 1, 2);
        int om = digits(s, p + 4, 2);
        if (oh < 0 || oh > 14 || om < 0 || om > 59) {
          return Long.MIN_VALUE;
        }
        offsetSeconds = (oh * 3600 + om * 60) * (z == '-' ? -1 : 1);
      } else {
        return Long.MIN_VALUE;
      }
    }
    return epochDay(year, month, day) * 86_400L + hour * 3600L + minute * 60L + second - offsetSeconds;
  }

  /** The fraction of the second in nanoseconds (digits past the ninth ignored); call only on a valid value. */
  static int nanos(String s) {
    if (s.length() <= 19 || s.charAt(19) != '.') {
      return 0;
    }
    int v = 0;
    int i = 20;
    int scale = 0;
    while (i < s.length() && isDigit(s.charAt(i))) {
      if (scale < 9) {
        v = v * 10 + (s.charAt(i) - '0');
        scale++;
      }
      i++;
    }
    while (scale++ < 9) {
      v *= 10;
    }
    return v;
  }

  private static int digits(String s, int at, int count) {
    int v = 0;
    for (int i = at; i < at + count; i++) {
      char c = s.charAt(i);
      if (!isDigit(c)) {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int daysInMonth(int year, int month) {
    switch (month) {
      case 2:
        return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
      case 4:
      case 6:
      case 9:
      case 11:
        return 30;
      default:
        return 31;
    }
  }

  /** Days since 1970-01-01 in the proleptic Gregorian calendar (the civil-from-days inverse). */
  private static long epochDay(int year, int month, int day) {
    long y = month <= 2 ? year - 1 : year;
    long era = Math.floorDiv(y, 400);
    long yoe = y - era * 400;
    long mp = (month + 9) % 12;
    long doy = (153 * mp + 2) / 5 + day - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146_097 + doe - 719_468;
  }
}
