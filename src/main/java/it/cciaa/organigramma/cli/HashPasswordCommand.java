package it.cciaa.organigramma.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code hash-password}: the {@code {bcrypt}…} hash of a password, for {@code KG_USERS}. */
@Command(name = "hash-password", mixinStandardHelpOptions = true,
        description = {"Reads a password from the console (twice, without echo) or, when standard input is not a "
                + "console, from its first line, and prints its hash as {bcrypt}$2a$10$… for KG_USERS "
                + "(name=role:hash, roles editor and reader). The password is never taken from the command line, "
                + "where other users and the shell's history could read it."},
        footerHeading = "%nExamples:%n",
        footer = {"  java -jar target/organigramma-kg.jar hash-password",
                "  KG_USERS=\"anna=editor:$(java -jar target/organigramma-kg.jar hash-password < anna.pw)\" "
                        + "java -jar target/organigramma-kg.jar serve"})
final class HashPasswordCommand implements Callable<Integer> {
    /** Shorter passwords are refused: Basic credentials can be tried again and again. */
    static final int MINIMUM_LENGTH = 8;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        char[] password = read();
        try {
            if (password == null) {
                return OrganigrammaCommand.UNUSABLE_INPUT;
            }
            if (password.length < MINIMUM_LENGTH) {
                spec.commandLine().getErr().println("error: the password must have at least " + MINIMUM_LENGTH
                        + " characters");
                return OrganigrammaCommand.UNUSABLE_INPUT;
            }
            spec.commandLine().getOut().println(PasswordEncoderFactories.createDelegatingPasswordEncoder()
                    .encode(new String(password)));
            return 0;
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    /** The password from the console (asked twice), else the first line of standard input; null when unusable. */
    private char[] read() throws IOException {
        Console console = System.console();
        if (interactive(console)) {
            char[] first = console.readPassword("Password: ");
            char[] again = console.readPassword("Password again: ");
            if (first == null || !Arrays.equals(first, again)) {
                spec.commandLine().getErr().println("error: the two passwords differ");
                return null;
            }
            Arrays.fill(again, '\0');
            return first;
        }
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (line == null || line.isEmpty()) {
            spec.commandLine().getErr().println("error: no password on standard input");
            return null;
        }
        return line.toCharArray();
    }

    /**
     * Whether the console is a terminal: on Java 21 a console exists only then; from Java 22 one always exists and
     * {@code Console.isTerminal()} tells (called by reflection, the build targets Java 21).
     */
    private static boolean interactive(Console console) {
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException olderJava) {
            return true;
        }
    }
}
