package it.cciaa.organigramma.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import picocli.CommandLine;

class HashPasswordCommandTest {
    record Run(int exitCode, String out, String err) {}

    private static Run run(String stdin, String... arguments) {
        InputStream original = System.in;
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            CommandLine line = OrganigrammaCommand.commandLine();
            line.setOut(new PrintWriter(out, true));
            line.setErr(new PrintWriter(err, true));
            String[] all = new String[arguments.length + 1];
            all[0] = "hash-password";
            System.arraycopy(arguments, 0, all, 1, arguments.length);
            return new Run(line.execute(all), out.toString(), err.toString());
        } finally {
            System.setIn(original);
        }
    }

    @Test
    void printsABcryptHashOfThePasswordReadFromStandardInput() {
        Run run = run("una password lunga è\nseconda riga ignorata\n");
        assertThat(run.exitCode()).isZero();
        String hash = run.out().strip();
        assertThat(hash).startsWith("{bcrypt}$2a$10$").doesNotContain("una password");
        assertThat(PasswordEncoderFactories.createDelegatingPasswordEncoder().matches("una password lunga è", hash))
                .isTrue();
    }

    @Test
    void refusesAnEmptyOrShortPasswordAndAPasswordOnTheCommandLine() {
        assertThat(run("").exitCode()).isEqualTo(2);
        Run shortOne = run("corta\n");
        assertThat(shortOne.exitCode()).isEqualTo(2);
        assertThat(shortOne.err()).contains("at least 8");
        assertThat(run("una password lunga\n", "una-password-in-argv").exitCode()).isEqualTo(2);
    }
}
