package it.cciaa.organigramma.cli;

import static org.assertj.core.api.Assertions.assertThat;

import it.cciaa.organigramma.project.ProjectResources;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code import --ipa-code}: the chamber's IPA code goes into its edition; an unusable one is refused by name. */
class ImportIpaCodeTest {
    record Run(int exitCode, String err) {}

    @TempDir
    Path directory;

    private static Run run(String... arguments) {
        StringWriter err = new StringWriter();
        CommandLine line = OrganigrammaCommand.commandLine();
        line.setOut(new PrintWriter(new StringWriter(), true));
        line.setErr(new PrintWriter(err, true));
        return new Run(line.execute(arguments), err.toString());
    }

    private Path foggia() throws IOException {
        return Files.write(directory.resolve("allegato-c.txt"),
                ProjectResources.bytes(ProjectResources.FOGGIA_DOCUMENT));
    }

    @Test
    void writesTheCodeOfTheDocumentsChamberAsCovIpaCode() throws IOException {
        Path out = directory.resolve("edizione.trig");
        Run run = run("import", foggia().toString(), "--edition-date", "2025-01-01", "--out", out.toString(),
                "--ipa-code", "cciaa-di-bari=cciaa_ba", "--ipa-code", "cciaa-di-foggia=cciaa_xx");
        assertThat(run.exitCode()).as(run.err()).isZero();
        String trig = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(trig).contains("\"cciaa_xx\"").doesNotContain("cciaa_ba");
    }

    @Test
    void refusesAnIpaCodeThatIsNotSlugEqualsCodeAndWritesNothing() throws IOException {
        Path out = directory.resolve("edizione.trig");
        Run run = run("import", foggia().toString(), "--out", out.toString(), "--ipa-code", "Foggia");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--ipa-code", "«Foggia» is not SLUG=CODE");
        assertThat(out).doesNotExist();
    }
}
