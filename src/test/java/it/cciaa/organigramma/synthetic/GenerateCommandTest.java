package it.cciaa.organigramma.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import it.cciaa.organigramma.cli.OrganigrammaCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The {@code generate} command: the files it writes, the same bytes for the same seed, the arguments it refuses. */
class GenerateCommandTest {
    record Run(int exitCode, String out, String err) {}

    @TempDir
    Path temporary;

    private static Run run(String... arguments) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = OrganigrammaCommand.commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        String[] all = Stream.concat(Stream.of("generate"), Stream.of(arguments)).toArray(String[]::new);
        return new Run(line.execute(all), out.toString(), err.toString());
    }

    @Test
    void writesOneFilePerEditionTheManifestAndTheChanges() throws IOException {
        Path out = temporary.resolve("chambers");
        Run run = run("--chambers", "3", "--seed", "42", "--max-editions", "3", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<SyntheticChamber> expected = SyntheticChambers.generate(3, 42L, 3);
        int editions = expected.stream().mapToInt(c -> c.editions().size()).sum();
        assertThat(run.err()).contains("generated 3 synthetic chambers, " + editions + " editions");

        List<String> manifest = Files.readAllLines(out.resolve("manifest.csv"));
        assertThat(manifest.getFirst()).isEqualTo("chamber,slug,edition,date,file,changes");
        assertThat(manifest).hasSize(editions + 1);
        SyntheticChamber bari = expected.getFirst();
        SyntheticEdition first = bari.editions().getFirst();
        assertThat(manifest.get(1)).startsWith("CCIAA di BARI,cciaa-di-bari,1," + first.date() + ",cciaa-di-bari/"
                + first.date() + ".txt,");
        assertThat(manifest.get(1)).contains(first.changes().getFirst().summary());
        for (SyntheticChamber chamber : expected) {
            for (SyntheticEdition edition : chamber.editions()) {
                assertThat(out.resolve(chamber.slug()).resolve(edition.fileName())).hasBinaryContent(edition.bytes());
            }
        }

        JsonObject changes = JSON.read(out.resolve("changes.json").toString());
        assertThat(changes.get("synthetic").getAsBoolean().value()).isTrue();
        assertThat(changes.get("seed").getAsNumber().value().longValue()).isEqualTo(42L);
        JsonArray chambers = changes.get("chambers").getAsArray();
        assertThat(chambers).hasSize(3);
        JsonObject firstEdition = chambers.get(0).getAsObject().get("editions").getAsArray().get(0).getAsObject();
        assertThat(firstEdition.getString("file")).isEqualTo("cciaa-di-bari/" + first.fileName());
        assertThat(firstEdition.getString("previous")).isEqualTo("data/source/allegato-c-cciaa-foggia.txt");
        JsonObject change = firstEdition.get("changes").getAsArray().get(0).getAsObject();
        assertThat(change.getString("kind")).isEqualTo(first.changes().getFirst().kind().slug());
        assertThat(change.get("from").getAsArray().stream().map(v -> v.getAsString().value()).toList())
                .isEqualTo(first.changes().getFirst().fromUnits());
        assertThat(firstEdition.get("successors").getAsObject().keys()).hasSizeGreaterThanOrEqualTo(16);
    }

    @Test
    void theSameSeedWritesTheSameBytes() throws IOException {
        Path one = temporary.resolve("one");
        Path two = temporary.resolve("two");
        assertThat(run("--chambers", "2", "--seed", "9", "--out", one.toString()).exitCode()).isZero();
        assertThat(run("--chambers", "2", "--seed", "9", "--out", two.toString()).exitCode()).isZero();
        assertThat(contents(two)).isEqualTo(contents(one));
        Path other = temporary.resolve("other");
        assertThat(run("--chambers", "2", "--seed", "10", "--out", other.toString()).exitCode()).isZero();
        assertThat(contents(other).get("changes.json")).isNotEqualTo(contents(one).get("changes.json"));
    }

    @Test
    void refusesNoChambersEditionsOutOfRangeAndFoldersItCannotUse() throws IOException {
        Run none = run("--chambers", "0", "--out", temporary.resolve("none").toString());
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("--chambers must be at least 1");
        assertThat(temporary.resolve("none")).doesNotExist();

        assertThat(run("--chambers", "2", "--max-editions", "0", "--out", temporary.resolve("x").toString())
                .exitCode()).isEqualTo(2);
        assertThat(run("--chambers", "two", "--out", temporary.resolve("x").toString()).exitCode()).isEqualTo(2);
        assertThat(run("--chambers", "2").exitCode()).isEqualTo(2);

        Path file = Files.writeString(temporary.resolve("a-file"), "not a folder");
        Run underAFile = run("--chambers", "1", "--out", file.resolve("sub").toString());
        assertThat(underAFile.exitCode()).isEqualTo(2);
        assertThat(underAFile.err()).contains("cannot write to");

        Run notEmpty = run("--chambers", "1", "--out", temporary.toString());
        assertThat(notEmpty.exitCode()).isEqualTo(2);
        assertThat(notEmpty.err()).contains("not an empty folder");
    }

    @Test
    void helpDocumentsTheOptionsAndTheFiles() {
        Run help = run("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--chambers", "--seed", "--max-editions", "--out", "manifest.csv",
                "changes.json", "synthetic");
    }

    private static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                contents.put(folder.relativize(file).toString(), Files.readString(file));
            }
        }
        return contents;
    }
}
