package it.cciaa.organigramma.validation;

import it.cciaa.organigramma.project.ProjectResources;
import it.cciaa.organigramma.query.NamedQueries;
import it.cciaa.organigramma.query.NamedQuery;
import it.cciaa.organigramma.query.QueryRunner;
import it.cciaa.organigramma.store.BaseRewriter;
import it.cciaa.organigramma.validation.ResultView.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.vocabulary.RDFS;

/**
 * Validates an organigram dataset against the project's shapes and explains each result: the unit, the notation and
 * the line of the document it points to.
 *
 * <pre>{@code
 * Validation validation = OrganigramValidator.forBase(iris.base()).validate(dataset);
 * if (validation.hasViolations()) { ... }
 * }</pre>
 */
public final class OrganigramValidator {
    private static final String SH = "http://www.w3.org/ns/shacl#";
    private static final Property RESULT = ResourceFactory.createProperty(SH + "result");
    private static final Property FOCUS = ResourceFactory.createProperty(SH + "focusNode");
    private static final Property SEVERITY = ResourceFactory.createProperty(SH + "resultSeverity");
    private static final Property MESSAGE = ResourceFactory.createProperty(SH + "resultMessage");
    private static final Property SOURCE_SHAPE = ResourceFactory.createProperty(SH + "sourceShape");
    private static final Property PATH = ResourceFactory.createProperty(SH + "resultPath");
    private static final Property VALUE = ResourceFactory.createProperty(SH + "value");
    private static final Property NAME = ResourceFactory.createProperty(SH + "name");
    private static final Property PROPERTY = ResourceFactory.createProperty(SH + "property");

    /**
     * The outcome of one validation: the SHACL report, its results explained (most severe first) and the titles of
     * the units they belong to, by IRI ({@link ReportPage#unitTitle}).
     */
    public record Validation(Model report, List<ResultView> results, Map<String, String> unitTitles) {
        public long count(Severity severity) {
            return results.stream().filter(r -> r.severity() == severity).count();
        }

        public boolean hasViolations() {
            return count(Severity.VIOLATION) > 0;
        }
    }

    /** The validators of the project's shapes by base, parsed once per JVM: each is immutable and thread-safe. */
    private static final Map<String, OrganigramValidator> BY_BASE = new ConcurrentHashMap<>();

    private final ShapesLibrary shapes;
    private final Model vocabularies;
    private final NamedQuery context;

    /** A validator for data on the base of {@code shapes}, with the project's controlled vocabularies on it too. */
    public OrganigramValidator(ShapesLibrary shapes) {
        this.shapes = shapes;
        this.vocabularies = new BaseRewriter(shapes.base()).rewrite(ProjectResources.turtle("ontology/vocabularies.ttl"));
        this.context = NamedQueries.load().find("validation/result-context")
                .orElseThrow(() -> new IllegalStateException("queries/validation/result-context.rq is missing"));
    }

    /** The validator with the project's shapes for data on {@code base}, made on first use. */
    public static OrganigramValidator forBase(String base) {
        return BY_BASE.computeIfAbsent(base, b -> new OrganigramValidator(ShapesLibrary.load(b)));
    }

    /** Validates all the graphs of {@code dataset} together, with the project's controlled vocabularies. */
    public Validation validate(Dataset dataset) {
        Model data = ModelFactory.createDefaultModel();
        data.add(dataset.getDefaultModel());
        for (Iterator<String> names = dataset.listNames(); names.hasNext(); ) {
            data.add(dataset.getNamedModel(names.next()));
        }
        data.add(vocabularies);
        ValidationReport report = ShaclValidator.get().validate(shapes.shapes(), data.getGraph());
        Model reportModel = ModelFactory.createDefaultModel().add(report.getModel());
        reportModel.setNsPrefixes(report.getModel().getNsPrefixMap());
        Dataset contextData = DatasetFactory.wrap(data);
        List<ResultView> results = new ArrayList<>();
        Map<String, String> unitTitles = new java.util.HashMap<>();
        for (Resource result : reportModel.listObjectsOfProperty(RESULT).mapWith(RDFNode::asResource).toList()) {
            results.add(explain(result, contextData, unitTitles));
        }
        results.sort(Comparator.comparing(ResultView::severity)
                .thenComparing(ResultView::shape)
                .thenComparing(r -> r.sourceLine().orElse(Integer.MAX_VALUE))
                .thenComparing(ResultView::focusNode));
        return new Validation(reportModel, results, Map.copyOf(unitTitles));
    }

    /**
     * Reads one sh:ValidationResult, splitting its joined message into two language-tagged ones; the title of the
     * unit it belongs to goes into {@code unitTitles}.
     */
    private ResultView explain(Resource result, Dataset data, Map<String, String> unitTitles) {
        String joined = result.hasProperty(MESSAGE) ? result.getProperty(MESSAGE).getString() : "";
        String[] parts = joined.split(java.util.regex.Pattern.quote(ShapesLibrary.MESSAGE_SEPARATOR), 2);
        String messageIt = parts[0];
        String messageEn = parts.length > 1 ? parts[1] : parts[0];
        result.removeAll(MESSAGE);
        result.addProperty(MESSAGE, messageIt, "it").addProperty(MESSAGE, messageEn, "en");

        RDFNode focus = result.getProperty(FOCUS).getObject();
        Severity severity = switch (result.getPropertyResourceValue(SEVERITY).getLocalName()) {
            case "Violation" -> Severity.VIOLATION;
            case "Warning" -> Severity.WARNING;
            default -> Severity.INFO;
        };
        Resource shape = result.getPropertyResourceValue(SOURCE_SHAPE);
        Optional<String> notation = Optional.empty();
        Optional<String> unit = Optional.empty();
        Optional<Integer> line = Optional.empty();
        if (focus.isResource()) {
            RowSetRewindable rows = QueryRunner.select(context, data, Map.of("focus", focus.asNode()));
            if (rows.hasNext()) {
                Binding row = rows.next();
                notation = text(row.get("notation"));
                unit = text(row.get("unit"));
                line = text(row.get("sourceLine")).map(Integer::valueOf);
                Optional<String> name = text(row.get("unitName"));
                if (unit.isPresent() && name.isPresent()) {
                    unitTitles.put(unit.get(), ReportPage.unitTitle(text(row.get("unitCode")).orElse(null),
                            name.get()));
                }
            }
        }
        return new ResultView(severity, nodeText(focus.asNode()), notation, unit, line, messageIt, messageEn,
                shapeIri(shape), shapeName(shape),
                Optional.ofNullable(result.getPropertyResourceValue(PATH)).map(p -> nodeText(p.asNode())),
                Optional.ofNullable(result.getProperty(VALUE)).map(s -> nodeText(s.getObject().asNode())));
    }

    private String shapeIri(Resource shape) {
        if (shape == null) {
            return "";
        }
        if (shape.isURIResource()) {
            return shape.getURI();
        }
        Resource inGraph = shapes.model().wrapAsResource(shape.asNode());
        return shapes.model().listSubjectsWithProperty(PROPERTY, inGraph).toList().stream()
                .filter(Resource::isURIResource).map(Resource::getURI).findFirst().orElse(nodeText(shape.asNode()));
    }

    private String shapeName(Resource shape) {
        if (shape == null) {
            return "";
        }
        Resource inGraph = shapes.model().wrapAsResource(shape.asNode());
        for (Property property : List.of(NAME, RDFS.label)) {
            Optional<String> name = inGraph.listProperties(property).mapWith(Statement::getObject)
                    .filterKeep(RDFNode::isLiteral).mapWith(RDFNode::asLiteral).toList().stream()
                    .sorted(Comparator.comparing((Literal l) -> !l.getLanguage().equals("it")))
                    .map(Literal::getLexicalForm).findFirst();
            if (name.isPresent()) {
                return name.get();
            }
        }
        return shapeIri(shape);
    }

    private static Optional<String> text(Node node) {
        return node == null ? Optional.empty() : Optional.of(nodeText(node));
    }

    private static String nodeText(Node node) {
        if (node.isURI()) {
            return node.getURI();
        }
        if (node.isLiteral()) {
            return node.getLiteralLexicalForm();
        }
        return "_:" + node.getBlankNodeLabel();
    }
}
