package it.cciaa.organigramma.validation;

import it.cciaa.organigramma.iri.ServiceIris;
import it.cciaa.organigramma.project.ProjectResources;
import it.cciaa.organigramma.store.BaseRewriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The project's SHACL shapes: every {@code shapes/*.ttl}, merged into one shapes graph and parsed once, with the IRIs
 * of the vocabularies they name on the base of the data they check ({@link BaseRewriter}; the shapes' own IRIs and
 * the ontology's terms do not move).
 *
 * <p>Every constraint carries its {@code sh:message} twice, in Italian and in English. jena-shacl 6.2 accepts only one
 * {@code sh:message} on a SPARQL constraint ("More than one match", apache/jena#3817), so the validator is handed a
 * copy in which the two are joined by {@link #MESSAGE_SEPARATOR}; {@link OrganigramValidator} splits the result
 * messages again into two language-tagged {@code sh:resultMessage}.
 */
public final class ShapesLibrary {
    /** Joins the Italian and English messages in the copy of the shapes that jena-shacl reads. */
    static final String MESSAGE_SEPARATOR = " \u2016 ";

    private static final Property MESSAGE = ResourceFactory.createProperty("http://www.w3.org/ns/shacl#message");

    private final Model model;
    private final Shapes shapes;
    private final String base;

    private ShapesLibrary(Model model, String base) {
        this.model = model;
        this.shapes = Shapes.parse(joinMessages(model).getGraph());
        this.base = base;
    }

    /** Loads the shapes packaged with the program, for data on the default base. */
    public static ShapesLibrary load() {
        return load(ServiceIris.DEFAULT_BASE);
    }

    /** Loads the shapes packaged with the program, for data on {@code base}. */
    public static ShapesLibrary load(String base) {
        Model written = ProjectResources.turtle(ProjectResources.list("shapes", "*.ttl"));
        return new ShapesLibrary(new BaseRewriter(base).rewrite(written), base);
    }

    /** Shapes from a model, for data on the default base (tests use this for shape files of their own). */
    public static ShapesLibrary of(Model model) {
        return new ShapesLibrary(model, ServiceIris.DEFAULT_BASE);
    }

    /** The base of the data these shapes check. */
    public String base() {
        return base;
    }

    public Shapes shapes() {
        return shapes;
    }

    /** The shapes graph as written, for the labels and names of the shapes. */
    public Graph graph() {
        return model.getGraph();
    }

    public Model model() {
        return model;
    }

    private static Model joinMessages(Model original) {
        Model copy = ModelFactory.createDefaultModel().add(original);
        List<Resource> subjects = copy.listSubjectsWithProperty(MESSAGE).toList();
        for (Resource subject : subjects) {
            List<Literal> messages = new ArrayList<>(subject.listProperties(MESSAGE)
                    .mapWith(Statement::getLiteral).toList());
            if (messages.size() < 2) {
                continue;
            }
            messages.sort(Comparator.comparing((Literal l) -> !l.getLanguage().equals("it"))
                    .thenComparing(l -> !l.getLanguage().equals("en"))
                    .thenComparing(Literal::getLexicalForm));
            String joined = String.join(MESSAGE_SEPARATOR, messages.stream().map(Literal::getLexicalForm).toList());
            subject.removeAll(MESSAGE);
            subject.addProperty(MESSAGE, joined);
        }
        return copy;
    }
}
