package dev.scimharness.conformance;

import java.security.SecureRandom;

/**
 * Unique names for one scenario's resources. A target may already hold data, so every name a scenario uses
 * carries its run id, and every list check is scoped with it ({@code userName sw "${run}"}).
 */
public final class RunNames {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

  private RunNames() {}

  /** A fresh run id: lower case letters and digits, starting with a letter, 10 characters. */
  public static String newRun() {
    StringBuilder sb = new StringBuilder("h");
    for (int i = 0; i < 9; i++) {
      sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }

  public static String userName(String run, String alias) {
    return run + "." + alias;
  }

  public static String groupName(String run, String alias) {
    return run + " " + alias;
  }
}
