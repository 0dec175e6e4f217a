package it.cciaa.organigramma.cli;

import it.cciaa.organigramma.store.DiskSpace;
import it.cciaa.organigramma.store.KnowledgeStore;
import it.cciaa.organigramma.store.SettingException;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.web.server.PortInUseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The program's entry point: {@code java -jar organigramma-kg.jar <command> …}. Exit codes: 0 success, 1 the data has
 * SHACL Violations, 2 the input or the command line cannot be used, 3 an internal error.
 */
@Command(
        name = "organigramma-kg",
        mixinStandardHelpOptions = true,
        versionProvider = OrganigrammaCommand.Version.class,
        description = "Knowledge graph of the organigram of an Italian Chamber of Commerce (Allegato C).",
        subcommands = {ServeCommand.class, ImportCommand.class, ValidateCommand.class, QueryCommand.class,
                DiffCommand.class, PublishCommand.class, BackupCommand.class, RestoreCommand.class,
                HashPasswordCommand.class, CompactCommand.class, GenerateCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:the data has SHACL Violations (validate, publish)", "2:unusable input or command line",
                "3:internal error"})
public final class OrganigrammaCommand implements java.util.concurrent.Callable<Integer> {
    /** Exit code of a command whose input cannot be used. */
    static final int VIOLATIONS = 1;
    static final int UNUSABLE_INPUT = 2;
    static final int INTERNAL_ERROR = 3;
    /** What {@code serve} returns: the service keeps running after the command returns. */
    private static final int SERVING = Integer.MIN_VALUE;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        KnowledgeStore.configureConnectionReuse();
        int exitCode = commandLine().execute(args);
        if (exitCode != SERVING) {
            System.exit(exitCode);
        }
    }

    /** The configured command line, also used by the tests. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new OrganigrammaCommand());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionStrategy(parseResult -> {
            Object result = new CommandLine.RunLast().execute(parseResult);
            boolean serving = parseResult.subcommand() != null
                    && parseResult.subcommand().commandSpec().userObject() instanceof ServeCommand
                    && !parseResult.subcommand().isUsageHelpRequested();
            return serving ? SERVING : (int) result;
        });
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                if (cause instanceof SettingException setting) {
                    line.getErr().println("error: " + setting.getMessage());
                    return UNUSABLE_INPUT;
                }
                if (cause instanceof BindException binding && binding.getProperty() != null) {
                    Throwable root = binding;
                    while (root.getCause() != null) {
                        root = root.getCause();
                    }
                    line.getErr().println("error: setting " + binding.getProperty().getName() + " = «"
                            + binding.getProperty().getValue() + "» (" + binding.getProperty().getOrigin()
                            + ") cannot be used: " + root.getMessage());
                    return UNUSABLE_INPUT;
                }
                if (cause instanceof DiskSpace.Exhausted full) {
                    line.getErr().println("error: " + full.getMessage());
                    return UNUSABLE_INPUT;
                }
                if (cause instanceof PortInUseException inUse) {
                    line.getErr().println("error: port " + inUse.getPort() + " is already in use: stop what listens "
                            + "on it, or start on another port (--port N or PORT=N)");
                    return UNUSABLE_INPUT;
                }
            }
            line.getErr().println("internal error: " + exception);
            return 3;
        });
        return commandLine;
    }

    /** Without a command: the usage, on standard error, and the exit code of a command line that cannot be used. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("error: a command is needed: serve, import, validate, query, diff, publish, backup, restore or generate");
        spec.commandLine().usage(spec.commandLine().getErr());
        return UNUSABLE_INPUT;
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = OrganigrammaCommand.class.getPackage().getImplementationVersion();
            return new String[] {"organigramma-kg " + (version == null ? "(development build)" : version)};
        }
    }
}
