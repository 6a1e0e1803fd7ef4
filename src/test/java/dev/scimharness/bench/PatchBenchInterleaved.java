package dev.scimharness.bench;

/**
 * The {@link PatchBench} pairs measured in alternation (see {@link Interleaved}): 60 rounds, the first 15 warm-up.
 * Run after {@code mvn -B -o test-compile}:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) dev.scimharness.bench.PatchBenchInterleaved}
 * with {@code cp.txt} from {@code mvn -B -o dependency:build-classpath -Dmdep.outputFile=cp.txt}.
 */
public final class PatchBenchInterleaved {
  private PatchBenchInterleaved() {}

  public static void main(String[] args) throws Exception {
    PatchBench b = new PatchBench();
    b.setUp();
    new Interleaved(60, 15)
        .pair("user update", 2_000, b::harnessUserUpdate, b::sdkUserUpdate)
        .pair("user update, parsed", 2_000, b::harnessUserUpdateParsed, b::sdkUserUpdateParsed)
        .pair("group member add", 20, b::harnessGroupMemberAdd, b::sdkGroupMemberAdd)
        .pair("group member add, parsed", 20, b::harnessGroupMemberAddParsed, b::sdkGroupMemberAddParsed)
        .runAndPrint();
  }
}
