package dev.scimharness.cli;

import dev.scimharness.endpoint.ConfigException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The runnable jar's entry point: {@code java -jar scim-harness.jar test|serve|simulate …}. Exit codes: those of the
 * main job for {@code test} (docs/conformance.md), 2 for a flag or setting that cannot be used, with a one-line
 * message and never a stack trace.
 */
@Command(name = "scim-harness", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Conformance and simulation harness for SCIM 2.0 (RFC 7643/7644/9865).",
    synopsisSubcommandLabel = "(test | serve | simulate)",
    footer = {"", "Run 'scim-harness COMMAND --help' for a command's options. Settings may also come from the"
        + " environment (SCIM_BASE_URL, SCIM_TOKEN, SCIM_OAUTH_CLIENT_SECRET, …): command lines are visible to"
        + " other users."})
public final class HarnessCli implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs one command line and returns its exit code; {@link #main} only adds the exit. */
  public static int execute(String... args) {
    return commandLine().execute(PackagedDialects.complete(args));
  }

  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new HarnessCli())
        .addSubcommand("test", new TestCommand())
        .addSubcommand("serve", named("serve", new dev.scimharness.server.Main()))
        .addSubcommand("simulate", named("simulate", new dev.scimharness.simulator.Main()));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler((e, command, parsed) -> {
      boolean usage = e instanceof ConfigException || e instanceof IllegalArgumentException;
      command.getErr().println(command.getCommandSpec().qualifiedName() + ": " + (usage ? "" : e.getClass()
          .getSimpleName() + ": ") + e.getMessage());
      return usage ? CommandLine.ExitCode.USAGE : CommandLine.ExitCode.SOFTWARE;
    });
    return cli;
  }

  // The stand-alone launchers keep their own names; inside the jar they are its commands.
  private static CommandLine named(String name, Object command) {
    CommandLine c = new CommandLine(command);
    c.getCommandSpec().name(name);
    return c;
  }

  @Override
  public Integer call() {
    // No command: say which there are, and fail, so a script with a typo does not pass silently.
    spec.commandLine().usage(spec.commandLine().getErr());
    return CommandLine.ExitCode.USAGE;
  }
}
