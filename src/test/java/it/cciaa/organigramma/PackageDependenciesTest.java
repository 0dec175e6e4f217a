package it.cciaa.organigramma;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The program's packages, read from the sources under {@code src/main/java}: each depends on another when one of its
 * classes names a class of the other (an import, a static import, or a fully qualified name in the code). They form a
 * graph without cycles, with the IRI authority and the project's files at the bottom.
 */
class PackageDependenciesTest {
    private static final String ROOT = "it.cciaa.organigramma";
    private static final Path SOURCES = Path.of("src/main/java", ROOT.split("\\."));
    /** A class of ours named by its qualified name: the package, then the class (or {@code *}). */
    private static final Pattern REFERENCE = Pattern.compile(
            "\\b" + Pattern.quote(ROOT) + "((?:\\.[a-z]\\w*)*)\\.([A-Z]\\w*|\\*)");
    /** Comments, text blocks, string and character literals: what names no class. */
    private static final Pattern NOT_CODE = Pattern.compile("/\\*.*?\\*/|//[^\\n]*|\"\"\".*?\"\"\""
            + "|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])+'", Pattern.DOTALL);

    /** For each package, the packages it depends on, each with one class of each side that makes the dependency. */
    private static final Map<String, Map<String, String>> DEPENDENCIES = new TreeMap<>();

    @BeforeAll
    static void readSources() throws IOException {
        assertThat(SOURCES).as("the sources, from the project's folder").isDirectory();
        Set<String> packages = new TreeSet<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            files = walk.filter(path -> path.toString().endsWith(".java")).sorted().toList();
        }
        files.forEach(file -> packages.add(packageOf(file)));
        packages.forEach(name -> DEPENDENCIES.put(name, new TreeMap<>()));
        for (Path file : files) {
            String from = packageOf(file);
            String code = NOT_CODE.matcher(read(file)).replaceAll(" ");
            Matcher reference = REFERENCE.matcher(code);
            while (reference.find()) {
                String to = ROOT + reference.group(1);
                while (!packages.contains(to) && to.contains(".")) {
                    to = to.substring(0, to.lastIndexOf('.')); // a package unknown here counts for its parent
                }
                if (packages.contains(to) && !to.equals(from)) {
                    DEPENDENCIES.get(from).putIfAbsent(to, display(from) + "." + file.getFileName().toString()
                            .replace(".java", "") + " names " + display(ROOT + reference.group(1)) + "."
                            + reference.group(2));
                }
            }
        }
    }

    @Test
    void packagesDependOnEachOtherWithoutCycles() {
        List<String> cycles = new ArrayList<>();
        for (Set<String> component : stronglyConnected()) {
            if (component.size() > 1) {
                cycles.add(describe(cycleIn(component)));
            }
        }
        assertThat(cycles).withFailMessage("Package cycles (with one class naming the next package at each step):\n"
                + String.join("\n", cycles)).isEmpty();
    }

    @Test
    void theIriAuthorityAndTheProjectFilesDependOnNoOtherPackage() {
        for (String leaf : List.of(ROOT + ".iri", ROOT + ".project")) {
            assertThat(DEPENDENCIES).containsKey(leaf);
            assertThat(DEPENDENCIES.get(leaf).values()).as(display(leaf)).isEmpty();
        }
    }

    /** Tarjan's algorithm over the package graph. */
    private static List<Set<String>> stronglyConnected() {
        Map<String, Integer> index = new LinkedHashMap<>();
        Map<String, Integer> low = new LinkedHashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        List<Set<String>> components = new ArrayList<>();
        for (String name : DEPENDENCIES.keySet()) {
            if (!index.containsKey(name)) {
                connect(name, index, low, stack, components);
            }
        }
        return components;
    }

    private static void connect(String name, Map<String, Integer> index, Map<String, Integer> low,
            Deque<String> stack, List<Set<String>> components) {
        index.put(name, index.size());
        low.put(name, index.get(name));
        stack.push(name);
        for (String next : DEPENDENCIES.get(name).keySet()) {
            if (!index.containsKey(next)) {
                connect(next, index, low, stack, components);
                low.put(name, Math.min(low.get(name), low.get(next)));
            } else if (stack.contains(next)) {
                low.put(name, Math.min(low.get(name), index.get(next)));
            }
        }
        if (low.get(name).equals(index.get(name))) {
            Set<String> component = new TreeSet<>();
            String member;
            do {
                member = stack.pop();
                component.add(member);
            } while (!member.equals(name));
            components.add(component);
        }
    }

    /** One shortest cycle through the first package of a strongly connected component, as the list of its packages. */
    private static List<String> cycleIn(Set<String> component) {
        String start = component.iterator().next();
        Map<String, String> cameFrom = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            String name = queue.poll();
            for (String next : DEPENDENCIES.get(name).keySet()) {
                if (next.equals(start)) {
                    List<String> cycle = new ArrayList<>(List.of(start));
                    for (String at = name; !at.equals(start); at = cameFrom.get(at)) {
                        cycle.add(1, at);
                    }
                    cycle.add(start);
                    return cycle;
                }
                if (component.contains(next) && !cameFrom.containsKey(next)) {
                    cameFrom.put(next, name);
                    queue.add(next);
                }
            }
        }
        throw new IllegalStateException("no cycle through " + start);
    }

    private static String describe(List<String> cycle) {
        StringBuilder text = new StringBuilder(String.join(" -> ", cycle.stream().map(PackageDependenciesTest::display)
                .toList()));
        for (int at = 0; at + 1 < cycle.size(); at++) {
            text.append("\n    ").append(DEPENDENCIES.get(cycle.get(at)).get(cycle.get(at + 1)));
        }
        return text.toString();
    }

    private static String packageOf(Path file) {
        Path folder = SOURCES.relativize(file).getParent();
        return folder == null ? ROOT : ROOT + "." + folder.toString().replace(java.io.File.separatorChar, '.');
    }

    private static String display(String name) {
        return name.equals(ROOT) ? "(root)" : name.substring(ROOT.length() + 1);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
