package it.cciaa.organigramma.taxonomy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The process map of one revision as a tree: the level-1 themes grouped under their institutional function, then
 * levels 2, 3 and 4, every node with its counts. {@link #of} builds it from the flat rows of taxonomy/tree.
 *
 * @param revision the map revision shown
 * @param depth the deepest level shown (1–4)
 * @param theme the only theme shown, or null for all
 * @param functions the institutional functions, each with its themes
 * @param conceptsPerLevel how many concepts the whole revision has at levels 1, 2, 3 and 4
 */
public record ProcessTree(MapRevision revision, int depth, String theme, List<Branch> functions,
        List<Integer> conceptsPerLevel) {

    /** The deepest level of the map. */
    public static final int LEVELS = 4;

    /** An institutional function with its themes and the level-4 activities below them. */
    public record Branch(InstitutionalFunction function, int activities, List<Node> themes) {}

    /** A concept with its counts and its narrower concepts (empty below the depth shown). */
    public record Node(String iri, String notation, int level, String label, int activities, int units,
            List<Node> children) {}

    /**
     * The tree of {@code concepts} (rows of taxonomy/tree) down to {@code depth}, limited to the theme whose code is
     * {@code theme} when it is not null.
     */
    static ProcessTree of(MapRevision revision, List<InstitutionalFunction> functions, List<ProcessSummary> concepts,
            int depth, String theme) {
        Map<String, List<ProcessSummary>> childrenOf = new LinkedHashMap<>();
        for (ProcessSummary concept : concepts) {
            if (concept.broader() != null) {
                childrenOf.computeIfAbsent(concept.broader(), key -> new ArrayList<>()).add(concept);
            }
        }
        List<Branch> branches = new ArrayList<>();
        for (InstitutionalFunction function : functions) {
            List<Node> themes = concepts.stream()
                    .filter(c -> c.level() == 1 && function.iri().equals(c.function()))
                    .filter(c -> theme == null || c.notation().equals(theme))
                    .map(c -> node(c, childrenOf, depth))
                    .toList();
            if (!themes.isEmpty()) {
                branches.add(new Branch(function, themes.stream().mapToInt(Node::activities).sum(), themes));
            }
        }
        List<Node> unmatched = concepts.stream()
                .filter(c -> c.level() == 1 && functions.stream().noneMatch(f -> f.iri().equals(c.function())))
                .filter(c -> theme == null || c.notation().equals(theme))
                .map(c -> node(c, childrenOf, depth))
                .toList();
        if (!unmatched.isEmpty()) {
            branches.add(new Branch(null, unmatched.stream().mapToInt(Node::activities).sum(), unmatched));
        }
        List<Integer> perLevel = new ArrayList<>();
        for (int level = 1; level <= LEVELS; level++) {
            int current = level;
            perLevel.add((int) concepts.stream().filter(c -> c.level() == current).count());
        }
        return new ProcessTree(revision, depth, theme, branches, perLevel);
    }

    /** Whether the tree shows any theme (a theme filter may name one the revision lacks). */
    public boolean isEmpty() {
        return functions.isEmpty();
    }

    /** The number of themes shown. */
    public int themeCount() {
        return functions.stream().mapToInt(branch -> branch.themes().size()).sum();
    }

    private static Node node(ProcessSummary concept, Map<String, List<ProcessSummary>> childrenOf, int depth) {
        List<Node> children = concept.level() >= depth ? List.of()
                : childrenOf.getOrDefault(concept.iri(), List.of()).stream()
                        .map(child -> node(child, childrenOf, depth))
                        .toList();
        return new Node(concept.iri(), concept.notation(), concept.level(), concept.label(), concept.activities(),
                concept.units(), children);
    }
}
