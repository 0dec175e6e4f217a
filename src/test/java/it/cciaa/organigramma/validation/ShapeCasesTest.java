package it.cciaa.organigramma.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the shape cases of {@code src/test/resources/shape-cases} against all the shapes of {@code shapes/}.
 *
 * <p>A case is one Turtle or TriG file that holds its test data and, about the file itself, its expectation
 * (the W3C SHACL test-suite style):
 * <pre>{@code
 * <> a okgt:ShapeCase ;
 *     rdfs:comment "What the case shows." ;
 *     okgt:checks shape:Unit_parentKind ;          # shapes the case is about (valid cases list them here)
 *     okgt:expectConforms false ;                  # optional: the report's sh:conforms
 *     okgt:expectResult [ okgt:shape shape:Unit_parentKind ; okgt:focusNode uo:ufficio-1-1 ;
 *                         okgt:severity sh:Violation ; okgt:value uo:area-sg ] .   # okgt:value is optional
 * }</pre>
 * The expectation triples are taken out of the data before validation. The case passes when
 * <ol>
 * <li>every expected result is in the report (same source shape, focus node and severity, and value when given);
 * <li>every result of a shape the case is about (named by {@code okgt:checks} or {@code okgt:expectResult}) is
 *     expected, so a valid case proves its shapes silent and an invalid one proves them precise;
 * <li>no other shape reports a Violation: the data must be sound apart from the defect it shows. Warnings and
 *     Infos of other shapes are ignored, because tiny data sets trip coverage checks that do not concern the case;
 * <li>{@code okgt:expectConforms}, when present, equals sh:conforms (true: no result at all, of any severity).
 * </ol>
 * Vocabularies: a case carries its own copy of the vocabulary triples it needs; when
 * {@code ontology/vocabularies.ttl} exists, the case's triples about the subjects that file describes are
 * replaced by the file's, so that the cases follow the published vocabularies.
 */
class ShapeCasesTest {

    static final String TEST_NS = "https://w3id.org/organigramma-kg/test/";
    static final Path CASES = Path.of("src/test/resources/shape-cases");
    static final Path SHAPES = Path.of("shapes");
    static final Path VOCABULARIES = Path.of("ontology/vocabularies.ttl");

    private static final Node SHAPE_CASE = NodeFactory.createURI(TEST_NS + "ShapeCase");
    private static final Node CHECKS = NodeFactory.createURI(TEST_NS + "checks");
    private static final Node EXPECT_CONFORMS = NodeFactory.createURI(TEST_NS + "expectConforms");
    private static final Node EXPECT_RESULT = NodeFactory.createURI(TEST_NS + "expectResult");
    private static final Node SHAPE = NodeFactory.createURI(TEST_NS + "shape");
    private static final Node FOCUS_NODE = NodeFactory.createURI(TEST_NS + "focusNode");
    private static final Node SEVERITY = NodeFactory.createURI(TEST_NS + "severity");
    private static final Node VALUE = NodeFactory.createURI(TEST_NS + "value");

    private static final Graph SHAPES_GRAPH = loadShapesGraph();
    private static final Shapes ALL_SHAPES =
            ShapesLibrary.of(org.apache.jena.rdf.model.ModelFactory.createModelForGraph(SHAPES_GRAPH)).shapes();

    @ParameterizedTest(name = "{0}")
    @MethodSource("caseFiles")
    void reportContainsExactlyTheExpectedResults(Path caseFile) {
        ShapeCase shapeCase = ShapeCase.load(caseFile);
        ValidationReport report = ShaclValidator.get().validate(ALL_SHAPES, shapeCase.data());
        List<ReportEntry> entries = List.copyOf(report.getEntries());
        List<String> problems = new ArrayList<>();

        for (ExpectedResult expected : shapeCase.expectedResults()) {
            if (entries.stream().noneMatch(expected::matches)) {
                problems.add("missing    " + expected);
            }
        }
        Set<Node> caseShapes = shapeCase.shapesAboutWhichItIs();
        for (ReportEntry entry : entries) {
            boolean expected = shapeCase.expectedResults().stream().anyMatch(result -> result.matches(entry));
            if (!expected && caseShapes.contains(entry.source())) {
                problems.add("unexpected " + describe(entry));
            } else if (!expected && entry.severity().level().equals(SHACL.Violation)) {
                problems.add("violation  " + describe(entry) + "  (the case data is unsound elsewhere)");
            }
        }
        if (shapeCase.expectConforms() != null && shapeCase.expectConforms() != report.conforms()) {
            problems.add("sh:conforms is " + report.conforms() + ", expected " + shapeCase.expectConforms()
                    + "; results:\n    " + entries.stream().map(ShapeCasesTest::describe)
                            .collect(Collectors.joining("\n    ")));
        }
        assertTrue(problems.isEmpty(), () -> caseFile.getFileName() + ":\n  " + String.join("\n  ", problems));
    }

    @Test
    void everyReportingShapeHasAValidAndAnInvalidCase() {
        Set<Node> provenInvalid = new LinkedHashSet<>();
        Set<Node> provenValid = new LinkedHashSet<>();
        caseFiles().map(named -> ShapeCase.load(named.getPayload())).forEach(shapeCase -> {
            Set<Node> flagged = shapeCase.expectedResults().stream().map(ExpectedResult::shape)
                    .collect(Collectors.toSet());
            provenInvalid.addAll(flagged);
            shapeCase.checks().stream().filter(shape -> !flagged.contains(shape)).forEach(provenValid::add);
        });
        Set<String> withoutInvalidCase = new TreeSet<>();
        Set<String> withoutValidCase = new TreeSet<>();
        for (Node shape : reportingShapes()) {
            if (!provenInvalid.contains(shape)) {
                withoutInvalidCase.add(shortName(shape));
            }
            if (!provenValid.contains(shape)) {
                withoutValidCase.add(shortName(shape));
            }
        }
        assertEquals(Set.of(), withoutInvalidCase, "shapes that no case expects to report");
        assertEquals(Set.of(), withoutValidCase, "shapes that no case checks as silent");
    }

    static Stream<Named<Path>> caseFiles() {
        try (Stream<Path> files = Files.list(CASES)) {
            return files.filter(file -> file.toString().endsWith(".ttl") || file.toString().endsWith(".trig"))
                    .sorted()
                    .map(file -> Named.of(file.getFileName().toString(), file))
                    .toList()
                    .stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Shapes that can appear as sh:sourceShape: targeted shapes with a severity, and their property shapes. */
    private static Set<Node> reportingShapes() {
        Set<Node> targeted = new LinkedHashSet<>();
        for (Node targetPredicate : List.of(SHACL.targetClass, SHACL.targetNode, SHACL.targetObjectsOf,
                SHACL.targetSubjectsOf)) {
            SHAPES_GRAPH.find(Node.ANY, targetPredicate, Node.ANY).forEach(triple -> targeted.add(triple.getSubject()));
        }
        Set<Node> reporting = new LinkedHashSet<>();
        for (Node shape : targeted) {
            if (SHAPES_GRAPH.contains(shape, SHACL.severity, Node.ANY)) {
                reporting.add(shape);
            }
            G.listSP(SHAPES_GRAPH, shape, SHACL.property).stream()
                    .filter(property -> SHAPES_GRAPH.contains(property, SHACL.severity, Node.ANY))
                    .forEach(reporting::add);
        }
        return reporting;
    }

    private static Graph loadShapesGraph() {
        Graph graph = GraphFactory.createDefaultGraph();
        try (Stream<Path> files = Files.list(SHAPES)) {
            files.filter(file -> file.toString().endsWith(".ttl")).sorted()
                    .forEach(file -> RDFDataMgr.read(graph, file.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graph;
    }

    private static String describe(ReportEntry entry) {
        String message = entry.messages().isEmpty() ? entry.message()
                : entry.messages().stream().filter(m -> "en".equals(m.getLiteralLanguage()))
                        .map(Node::getLiteralLexicalForm).findFirst().orElse(entry.message());
        return shortName(entry.severity().level()) + " " + shortName(entry.source())
                + " focus=" + shortName(entry.focusNode())
                + (entry.value() == null ? "" : " value=" + shortName(entry.value()))
                + " — " + message;
    }

    private static String shortName(Node node) {
        if (node == null) {
            return "-";
        }
        if (node.isURI()) {
            PrefixMapping prefixes = SHAPES_GRAPH.getPrefixMapping();
            return prefixes.shortForm(node.getURI());
        }
        return node.toString();
    }

    /** The data of one case file and what its report must contain. */
    private record ShapeCase(Graph data, Set<Node> checks, List<ExpectedResult> expectedResults,
            Boolean expectConforms) {

        static ShapeCase load(Path file) {
            DatasetGraph dataset = RDFDataMgr.loadDatasetGraph(file.toString());
            Graph data = GraphFactory.createDefaultGraph();
            dataset.find().forEachRemaining(quad -> data.add(quad.asTriple()));

            List<Node> caseNodes = G.listPO(data, RDF.type.asNode(), SHAPE_CASE);
            if (caseNodes.size() != 1) {
                fail(file.getFileName() + " must describe itself once as okgt:ShapeCase, found " + caseNodes.size());
            }
            Node caseNode = caseNodes.get(0);
            Set<Node> checks = new LinkedHashSet<>(G.listSP(data, caseNode, CHECKS));
            List<ExpectedResult> expected = new ArrayList<>();
            for (Node resultNode : G.listSP(data, caseNode, EXPECT_RESULT)) {
                expected.add(new ExpectedResult(G.getOneSP(data, resultNode, SHAPE),
                        G.getOneSP(data, resultNode, FOCUS_NODE), G.getOneSP(data, resultNode, SEVERITY),
                        G.getZeroOrOneSP(data, resultNode, VALUE)));
                data.remove(resultNode, Node.ANY, Node.ANY);
            }
            Node conforms = G.getZeroOrOneSP(data, caseNode, EXPECT_CONFORMS);
            Boolean expectConforms = conforms == null ? null : Boolean.valueOf(conforms.getLiteralLexicalForm());
            data.remove(caseNode, Node.ANY, Node.ANY);

            if (Files.exists(VOCABULARIES)) {
                Graph vocabularies = RDFDataMgr.loadGraph(VOCABULARIES.toString());
                vocabularies.find().mapWith(Triple::getSubject).toSet()
                        .forEach(subject -> data.remove(subject, Node.ANY, Node.ANY));
                vocabularies.find().forEach(data::add);
            }
            return new ShapeCase(data, checks, expected, expectConforms);
        }

        Set<Node> shapesAboutWhichItIs() {
            Set<Node> shapes = new LinkedHashSet<>(checks);
            expectedResults.forEach(result -> shapes.add(result.shape()));
            return shapes;
        }
    }

    /** One result the report must contain; a null value matches any value. */
    private record ExpectedResult(Node shape, Node focusNode, Node severity, Node value) {

        boolean matches(ReportEntry entry) {
            return shape.equals(entry.source())
                    && focusNode.equals(entry.focusNode())
                    && severity.equals(entry.severity().level())
                    && (value == null || value.equals(entry.value()));
        }

        @Override
        public String toString() {
            return shortName(severity) + " " + shortName(shape) + " focus=" + shortName(focusNode)
                    + (value == null ? "" : " value=" + shortName(value));
        }
    }
}
