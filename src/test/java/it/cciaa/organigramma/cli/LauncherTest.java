package it.cciaa.organigramma.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The launcher ({@code ./kg}, with {@code bin/jdk.sh}, which {@code .ci/run} shares) chooses a JDK 21+ whatever comes
 * first: no {@code JAVA_HOME} and an older Java first on the PATH, as on a fresh machine, or a {@code JAVA_HOME} that
 * points at an older JDK.
 */
class LauncherTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();

    private record Run(int exitCode, String out, String err) {}

    private static Run kg(Map<String, String> environment, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", ROOT.resolve("kg").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile());
        builder.environment().remove("JAVA_HOME");
        builder.environment().putAll(environment);
        Path out = Files.createTempFile("kg-out-", ".txt");
        Path err = Files.createTempFile("kg-err-", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8).strip(),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static int major(String javaHome) throws IOException {
        String release = Files.readString(Path.of(javaHome, "release"), StandardCharsets.UTF_8);
        String version = release.lines().filter(line -> line.startsWith("JAVA_VERSION="))
                .map(line -> line.substring("JAVA_VERSION=".length()).replace("\"", "")).findFirst().orElseThrow();
        return Integer.parseInt(version.split("[.+-]")[0]);
    }

    /** A JDK older than 21 on this machine, if any (the CI machine has Java 17 as its default {@code java}). */
    private static List<Path> olderJdks() throws IOException {
        List<Path> older = new ArrayList<>();
        Path jvm = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvm)) {
            try (var homes = Files.list(jvm)) {
                for (Path home : homes.toList()) {
                    if (Files.isRegularFile(home.resolve("release")) && Files.isExecutable(home.resolve("bin/javac"))
                            && major(home.toString()) < 21) {
                        older.add(home);
                    }
                }
            }
        }
        return older;
    }

    @Test
    void choosesAJdk21OrNewerWithoutJavaHomeAndWithAnOlderJavaFirstOnThePath() throws Exception {
        String path = System.getenv("PATH");
        for (Path older : olderJdks()) {
            path = older.resolve("bin") + ":" + path;
        }
        Run run = kg(Map.of("PATH", path), "java-home");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(major(run.out())).isGreaterThanOrEqualTo(21);
    }

    @Test
    void choosesAJdk21OrNewerWhenJavaHomeIsAnOlderOne() throws Exception {
        for (Path older : olderJdks()) {
            Run run = kg(Map.of("JAVA_HOME", older.toString()), "java-home");
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(major(run.out())).as("JAVA_HOME=" + older).isGreaterThanOrEqualTo(21);
        }
    }
}
