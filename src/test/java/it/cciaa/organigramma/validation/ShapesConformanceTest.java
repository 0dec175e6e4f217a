package it.cciaa.organigramma.validation;

import it.cciaa.organigramma.iri.ServiceIris;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The files of {@code shapes/} are well-formed SHACL and keep the project's conventions: every constraint
 * has a name, an explicit severity and a message in Italian and in English, and every local term is declared.
 *
 * <p>Well-formedness is checked against SHACL for SHACL, the shapes graph of Appendix C of the SHACL
 * Recommendation ({@code src/test/resources/shacl-shacl.ttl}), and by parsing each file on its own with
 * jena-shacl. A "constraint" is a property shape, a node shape that holds a sh:sparql, or a node shape with
 * a core constraint parameter of its own. The messages of a SPARQL-based constraint sit on the shape that
 * holds it, because jena-shacl 6.2.0 refuses two sh:message values on a sh:SPARQLConstraint (apache/jena#3817); ShapesLibrary joins them.
 */
class ShapesConformanceTest {

    static final Path SHAPES = Path.of("shapes");
    static final Path SHACL_FOR_SHACL = Path.of("src/test/resources/shacl-shacl.ttl");
    static final Path ONTOLOGY = Path.of("ontology/organigramma.ttl");
    static final Path VOCABULARIES = Path.of("ontology/vocabularies.ttl");
    static final String LOCAL_NAMESPACE = "https://w3id.org/organigramma-kg/onto/organigramma/";
    static final String ANOMALY_KINDS = "https://w3id.org/organigramma-kg/controlled-vocabulary/anomalie-sorgente";
    static final Node ANOMALY_KIND_SHAPE =
            NodeFactory.createURI("https://w3id.org/organigramma-kg/shapes/Anomaly_kind");
    static final Node SKOS_IN_SCHEME = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#inScheme");

    /** Core constraint parameters that make a node shape a constraint of its own. */
    private static final List<Node> CORE_PARAMETERS = List.of(SHACL.class_, SHACL.datatype, SHACL.nodeKind,
            SHACL.pattern, SHACL.in, SHACL.hasValue, SHACL.minLength, SHACL.maxLength, SHACL.minInclusive,
            SHACL.maxInclusive, SHACL.minExclusive, SHACL.maxExclusive, SHACL.languageIn, SHACL.node, SHACL.not,
            SHACL.and, SHACL.or, SHACL.xone, SHACL.closed, SHACL.equals, SHACL.disjoint);

    private static final Graph SHAPES_GRAPH = loadShapesGraph();

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapesFiles")
    void shapesFileConformsToShaclForShacl(Path file) {
        Shapes shaclForShacl = Shapes.parse(RDFDataMgr.loadGraph(SHACL_FOR_SHACL.toString()));
        ValidationReport report = ShaclValidator.get().validate(shaclForShacl, RDFDataMgr.loadGraph(file.toString()));
        assertTrue(report.conforms(), () -> file + " breaks SHACL syntax rules:\n" + asTurtle(report));
    }

    @Test
    void shaclForShaclRejectsAMalformedShape() {
        Graph malformed = RDFParser.create().lang(Lang.TTL).fromString("""
                PREFIX sh: <http://www.w3.org/ns/shacl#>
                PREFIX ex: <https://example.org/>
                ex:Broken a sh:NodeShape ;
                    sh:targetClass ex:Thing ;
                    sh:property [ sh:minCount "one" ; sh:severity "high" ] .
                """).toGraph();
        Shapes shaclForShacl = Shapes.parse(RDFDataMgr.loadGraph(SHACL_FOR_SHACL.toString()));
        assertFalse(ShaclValidator.get().validate(shaclForShacl, malformed).conforms());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapesFiles")
    void shapesFileParsesOnItsOwnWithItsDeclaredPrefixes(Path file) {
        Graph graph = RDFDataMgr.loadGraph(file.toString());
        assertDoesNotThrow(() -> ShapesLibrary.of(org.apache.jena.rdf.model.ModelFactory.createModelForGraph(graph)),
                () -> file + " does not parse on its own");
        for (Triple sparql : graph.find(Node.ANY, SHACL.sparql, Node.ANY).toList()) {
            Node prefixes = G.getZeroOrOneSP(graph, sparql.getObject(), SHACL.prefixes);
            assertTrue(prefixes != null && graph.contains(prefixes, SHACL.declare, Node.ANY),
                    () -> file + ": the sh:sparql of " + sparql.getSubject()
                            + " must name with sh:prefixes a node of the same file that has sh:declare");
        }
    }

    @Test
    void everyConstraintHasANameASeverityAndMessagesInItalianAndEnglish() {
        List<String> problems = new ArrayList<>();
        for (Node constraint : constraints()) {
            String name = constraint.isURI() ? constraint.getURI() : "blank node " + constraint;
            if (!constraint.isURI()) {
                problems.add(name + ": a constraint needs an IRI, so that reports and tests can name it");
            }
            if (!hasLanguages(constraint, SHACL.name)) {
                problems.add(name + ": needs sh:name in Italian and English");
            }
            if (G.listSP(SHAPES_GRAPH, constraint, SHACL.severity).size() != 1) {
                problems.add(name + ": needs exactly one explicit sh:severity");
            }
            Node sparql = G.getZeroOrOneSP(SHAPES_GRAPH, constraint, SHACL.sparql);
            Node holder = sparql != null && SHAPES_GRAPH.contains(sparql, SHACL.message, Node.ANY) ? sparql : constraint;
            if (!hasLanguages(holder, SHACL.message) || G.listSP(SHAPES_GRAPH, holder, SHACL.message).size() != 2) {
                problems.add(name + ": needs exactly two sh:message, one @it and one @en, on the shape or its sh:sparql");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyShapeHasANameOrALabel() {
        Set<Node> shapes = new LinkedHashSet<>();
        shapes.addAll(G.listPO(SHAPES_GRAPH, RDF.type.asNode(), SHACL.NodeShape));
        shapes.addAll(G.listPO(SHAPES_GRAPH, RDF.type.asNode(), SHACL.PropertyShape));
        SHAPES_GRAPH.find(Node.ANY, SHACL.property, Node.ANY).forEach(triple -> shapes.add(triple.getObject()));
        List<Node> unnamed = shapes.stream()
                .filter(shape -> !SHAPES_GRAPH.contains(shape, SHACL.name, Node.ANY))
                .filter(shape -> !SHAPES_GRAPH.contains(shape, RDFS.label.asNode(), Node.ANY))
                .toList();
        assertEquals(List.of(), unnamed);
    }

    @Test
    void everySparqlConstraintHasAShapeOfItsOwn() {
        List<String> problems = new ArrayList<>();
        for (Node shape : SHAPES_GRAPH.find(Node.ANY, SHACL.sparql, Node.ANY).mapWith(Triple::getSubject).toSet()) {
            List<Node> sparqlConstraints = G.listSP(SHAPES_GRAPH, shape, SHACL.sparql);
            if (sparqlConstraints.size() != 1) {
                problems.add(shape + ": holds " + sparqlConstraints.size()
                        + " sh:sparql, so its messages cannot say which one failed");
                continue;
            }
            Node sparql = sparqlConstraints.get(0);
            Node select = G.getZeroOrOneSP(SHAPES_GRAPH, sparql, SHACL.select);
            if (select == null || !select.getLiteralLexicalForm().contains("$this")) {
                problems.add(shape + ": its sh:select must select $this");
            }
        }
        assertEquals(List.of(), problems);
    }

    /**
     * The vocabularies a SPARQL constraint names move with the service's base, and the loader re-bases the shapes'
     * IRIs and {@code sh:namespace} values, never the text of a query: so a query names them only through
     * {@code sh:prefixes}, with neither a full IRI of ours nor a PREFIX line of its own.
     */
    @Test
    void sparqlConstraintsNameOurVocabulariesOnlyThroughTheirDeclaredPrefixes() {
        List<String> problems = new ArrayList<>();
        for (Node parameter : List.of(SHACL.select, SHACL.ask)) {
            for (Triple query : SHAPES_GRAPH.find(Node.ANY, parameter, Node.ANY).toList()) {
                String text = query.getObject().getLiteralLexicalForm();
                if (text.contains("<" + ServiceIris.DEFAULT_BASE)
                        || Pattern.compile("(?i)^\\s*PREFIX\\s", Pattern.MULTILINE).matcher(text).find()) {
                    problems.add(query.getSubject() + ": names an IRI of ours in full or declares a PREFIX");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyAnomalyKindHasExactlyOneShape() {
        Set<String> kindsWithAShape = new TreeSet<>();
        Pattern kindInQuery = Pattern.compile("\\$this\\s+okg:anomalyKind\\s+anomalia:([a-z-]+)");
        for (Triple select : SHAPES_GRAPH.find(Node.ANY, SHACL.select, Node.ANY).toList()) {
            Matcher matcher = kindInQuery.matcher(select.getObject().getLiteralLexicalForm());
            while (matcher.find()) {
                String kind = ANOMALY_KINDS + "/" + matcher.group(1);
                assertTrue(kindsWithAShape.add(kind), () -> "two shapes report the anomaly kind " + kind);
            }
        }
        assertEquals(anomalyKindsAllowedByTheShapes(), kindsWithAShape,
                "the kinds shape:Anomaly_kind allows and the kinds that have a shape of their own");
    }

    @Test
    void anomalyKindsOfTheShapesAreThoseOfTheVocabulary() {
        assumeTrue(Files.exists(VOCABULARIES), VOCABULARIES + " is not written yet");
        Graph vocabularies = RDFDataMgr.loadGraph(VOCABULARIES.toString());
        Set<String> vocabularyKinds = new TreeSet<>();
        G.listPO(vocabularies, SKOS_IN_SCHEME, NodeFactory.createURI(ANOMALY_KINDS))
                .forEach(kind -> vocabularyKinds.add(kind.getURI()));
        assertEquals(vocabularyKinds, anomalyKindsAllowedByTheShapes(),
                "the anomalie-sorgente vocabulary and the kinds the shapes know");
    }

    @Test
    void everyLocalTermUsedInTheShapesIsDeclaredInTheOntology() {
        Graph ontology = RDFDataMgr.loadGraph(ONTOLOGY.toString());
        Set<String> used = new TreeSet<>();
        SHAPES_GRAPH.find().forEach(triple -> {
            for (Node node : List.of(triple.getSubject(), triple.getPredicate(), triple.getObject())) {
                if (node.isURI() && node.getURI().startsWith(LOCAL_NAMESPACE)) {
                    used.add(node.getURI());
                }
            }
        });
        Pattern localTerm = Pattern.compile("\\bokg:([A-Za-z][A-Za-z0-9]*)");
        SHAPES_GRAPH.find(Node.ANY, SHACL.select, Node.ANY).forEach(triple -> {
            Matcher matcher = localTerm.matcher(triple.getObject().getLiteralLexicalForm());
            while (matcher.find()) {
                used.add(LOCAL_NAMESPACE + matcher.group(1));
            }
        });
        List<String> undeclared = used.stream()
                .filter(term -> !ontology.contains(NodeFactory.createURI(term), RDF.type.asNode(), Node.ANY))
                .toList();
        assertEquals(List.of(), undeclared, "okg: terms used by the shapes but not declared in " + ONTOLOGY);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapesFiles")
    void everyPrefixNamespaceEndsInHashOrSlash(Path file) {
        Graph graph = RDFDataMgr.loadGraph(file.toString());
        Set<String> namespaces = new TreeSet<>(graph.getPrefixMapping().getNsPrefixMap().values());
        graph.find(Node.ANY, SHACL.namespace, Node.ANY)
                .forEach(triple -> namespaces.add(triple.getObject().getLiteralLexicalForm()));
        List<String> wrong = namespaces.stream().filter(ns -> !ns.endsWith("#") && !ns.endsWith("/")).toList();
        assertEquals(List.of(), wrong, file + ": namespaces must end in # or /");
    }

    static Stream<Named<Path>> shapesFiles() {
        try (Stream<Path> files = Files.list(SHAPES)) {
            return files.filter(file -> file.toString().endsWith(".ttl")).sorted()
                    .map(file -> Named.of(file.getFileName().toString(), file))
                    .toList()
                    .stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Property shapes, node shapes holding a sh:sparql, and node shapes with a core constraint of their own. */
    private static Set<Node> constraints() {
        Set<Node> constraints = new LinkedHashSet<>();
        SHAPES_GRAPH.find(Node.ANY, SHACL.property, Node.ANY).forEach(triple -> constraints.add(triple.getObject()));
        SHAPES_GRAPH.find(Node.ANY, SHACL.sparql, Node.ANY).forEach(triple -> constraints.add(triple.getSubject()));
        for (Node nodeShape : G.listPO(SHAPES_GRAPH, RDF.type.asNode(), SHACL.NodeShape)) {
            if (CORE_PARAMETERS.stream().anyMatch(parameter -> SHAPES_GRAPH.contains(nodeShape, parameter, Node.ANY))) {
                constraints.add(nodeShape);
            }
        }
        return constraints;
    }

    /** The kinds listed by sh:in in shape:Anomaly_kind. */
    private static Set<String> anomalyKindsAllowedByTheShapes() {
        Set<String> kinds = new TreeSet<>();
        G.listMembers(SHAPES_GRAPH, G.getOneSP(SHAPES_GRAPH, ANOMALY_KIND_SHAPE, SHACL.in))
                .forEach(kind -> kinds.add(kind.getURI()));
        return kinds;
    }

    private static boolean hasLanguages(Node subject, Node predicate) {
        Set<String> languages = new TreeSet<>();
        G.listSP(SHAPES_GRAPH, subject, predicate).stream().filter(Node::isLiteral)
                .forEach(literal -> languages.add(literal.getLiteralLanguage()));
        return languages.contains("it") && languages.contains("en");
    }

    private static Graph loadShapesGraph() {
        Graph graph = GraphFactory.createDefaultGraph();
        shapesFiles().forEach(named -> RDFDataMgr.read(graph, named.getPayload().toString()));
        return graph;
    }

    private static String asTurtle(ValidationReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, report.getModel(), Lang.TTL);
        return out.toString(StandardCharsets.UTF_8);
    }
}
