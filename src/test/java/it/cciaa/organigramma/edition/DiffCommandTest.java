package it.cciaa.organigramma.edition;

import static org.assertj.core.api.Assertions.assertThat;

import it.cciaa.organigramma.cli.OrganigrammaCommand;
import it.cciaa.organigramma.ingest.AllegatoImporter;
import it.cciaa.organigramma.ingest.AllegatoImporter.ImportOptions;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code diff} through the program's command line, with its output and exit code. */
class DiffCommandTest {
    @TempDir
    static Path folder;

    private static Path oldDocument;
    private static Path newDocument;

    @BeforeAll
    static void writeBothDocuments() throws Exception {
        oldDocument = Files.write(folder.resolve("allegato-c-2024.txt"), ChangedFoggiaDocument.original());
        newDocument = Files.write(folder.resolve("allegato-c-2025.txt"), ChangedFoggiaDocument.changed());
    }

    /** The result of one run: exit code, standard output and standard error. */
    private record Run(int exitCode, String out, String err) {}

    private static Run run(String... arguments) {
        CommandLine commandLine = OrganigrammaCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(arguments);
        return new Run(exitCode, out.toString(), err.toString());
    }

    @Test
    void textOutputGroupsTheChangesByKindNamingUnitsAndActivitiesByCode() {
        Run run = run("diff", oldDocument.toString(), newDocument.toString(), "--old-date", "2024-06-30",
                "--new-date", "2025-06-30");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .contains("Units renamed (1):\n  1.1 «SEGRETERIA E AFFARI GENERALI» → «"
                        + ChangedFoggiaDocument.OFFICE_1_1_NEW_NAME + "»")
                .contains("Units moved (1):\n  2.3 → 3.5 GESTIONE ACQUISTI E PATRIMONIO: under II → under III")
                .contains("Activities assigned (1):\n  2.2 TRIBUTI: B3.2.1.6")
                .contains("Activities withdrawn (2):\n  2.1 GESTIONE RISORSE ECONOMICHE E FINANZIARIE: B3.2.1.6\n"
                        + "  3.2 TRASPARENZA, ANTICORRUZIONE E PRIVACY: A1.2.1.4")
                .contains("Activities requalified (1):\n  2.2 TRIBUTI: B3.1.1.4 Front office negli Sportelli "
                        + "Polifunzionali [**] → ")
                .doesNotContain("Units added", "Units removed", "Processes", "Labels changed");
    }

    @Test
    void jsonOutputHasOneArrayPerKindOfChange() {
        Run run = run("diff", oldDocument.toString(), newDocument.toString(), "--old-date", "2024-06-30",
                "--new-date", "2025-06-30", "--format", "json");
        assertThat(run.exitCode()).isZero();
        JsonObject diff = JSON.parse(run.out());
        assertThat(diff.get("newEdition").getAsString().value()).endsWith("/graph/organigramma/cciaa-di-foggia/2025-06-30");
        assertThat(diff.get("unitsMoved").getAsArray()).hasSize(1);
        JsonObject move = diff.get("unitsMoved").getAsArray().get(0).getAsObject();
        assertThat(move.get("oldCode").getAsString().value()).isEqualTo("2.3");
        assertThat(move.get("newCode").getAsString().value()).isEqualTo("3.5");
        assertThat(diff.get("activitiesWithdrawn").getAsArray()).hasSize(2);
        assertThat(diff.get("activitiesAssigned").getAsArray()).hasSize(1);
        assertThat(diff.get("activitiesRequalified").getAsArray()).hasSize(1);
        assertThat(diff.get("unitsRenamed").getAsArray()).hasSize(1);
        for (String empty : new String[] {"unitsAdded", "unitsRemoved", "processesDeclared", "processesDropped",
                "labelsChanged"}) {
            assertThat(diff.get(empty).getAsArray()).as(empty).isEmpty();
        }
    }

    @Test
    void aTrigEditionComparedWithItsOwnDocumentHasNoDifferences() throws Exception {
        Path trig = folder.resolve("edition-2024.trig");
        try (OutputStream stream = Files.newOutputStream(trig)) {
            RDFDataMgr.write(stream, new AllegatoImporter(ImportOptions.defaults()
                    .withEditionDate(Optional.of(LocalDate.parse("2024-06-30"))))
                    .importDocument(ChangedFoggiaDocument.original(), "allegato-c-2024.txt").dataset(),
                    RDFFormat.TRIG_BLOCKS);
        }
        Run run = run("diff", trig.toString(), oldDocument.toString(), "--new-date", "2024-06-30");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("No differences.");
    }

    @Test
    void withoutDatesTheEditionsAreNamedByTheirChecksums() {
        Run run = run("diff", oldDocument.toString(), newDocument.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("from \\S+/graph/organigramma/cciaa-di-foggia/sha256-[0-9a-f]{12}")
                .contains("Units moved (1):");
    }

    @Test
    void twoDifferentDocumentsGivenOneDateAreRefusedWithExitCode2() {
        Run run = run("diff", oldDocument.toString(), newDocument.toString(), "--old-date", "2025-06-30",
                "--new-date", "2025-06-30");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("both give the edition").contains("--old-date");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aMissingOrUnusableInputIsRefusedWithExitCode2() throws Exception {
        Run missing = run("diff", folder.resolve("nowhere.txt").toString(), newDocument.toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("nowhere.txt: no such file");
        Path notAnAllegato = Files.writeString(folder.resolve("letter.txt"), "Gentile utente,\nbuongiorno.\n");
        Run unusable = run("diff", notAnAllegato.toString(), newDocument.toString());
        assertThat(unusable.exitCode()).isEqualTo(2);
        assertThat(unusable.err()).startsWith("error: " + notAnAllegato);
        Path noEdition = Files.writeString(folder.resolve("empty-edition.trig"),
                "<https://example.org/g> { <https://example.org/s> <https://example.org/p> 1 . }\n");
        Run withoutEdition = run("diff", noEdition.toString(), newDocument.toString());
        assertThat(withoutEdition.exitCode()).isEqualTo(2);
        assertThat(withoutEdition.err()).contains("no organigram edition in the file");
    }
}
