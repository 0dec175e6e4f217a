package it.cciaa.organigramma.project;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The project's own files as the program sees them: {@code ontology/}, {@code shapes/}, {@code queries/} and
 * {@code data/}, packaged on the classpath under the same names (also inside the executable jar).
 */
public final class ProjectResources {
    /** The Allegato C of CCIAA di Foggia, the project's first input. */
    public static final String FOGGIA_DOCUMENT = "data/source/allegato-c-cciaa-foggia.txt";

    private static final PathMatchingResourcePatternResolver RESOLVER = new PathMatchingResourcePatternResolver();

    private ProjectResources() {}

    /** The files under a folder matching a pattern, e.g. {@code list("shapes", "*.ttl")}, sorted by path. */
    public static List<Resource> list(String folder, String pattern) {
        try {
            Resource[] found = RESOLVER.getResources("classpath*:" + folder + "/**/" + pattern);
            return Arrays.stream(found)
                    .filter(Resource::isReadable)
                    .sorted(Comparator.comparing(ProjectResources::pathOf))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder + "/" + pattern, e);
        }
    }

    /** The path of a listed resource relative to the classpath root, e.g. {@code queries/organigram/units.rq}. */
    public static String pathOf(Resource resource) {
        try {
            String url = resource.getURL().toString();
            for (String top : List.of("ontology/", "shapes/", "queries/", "data/")) {
                int at = url.lastIndexOf("/" + top);
                if (at >= 0) {
                    return url.substring(at + 1);
                }
            }
            return resource.getFilename();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of a file on the classpath, e.g. {@code data/source/allegato-c-cciaa-foggia.txt}. */
    public static byte[] bytes(String path) {
        try (InputStream in = open(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** A Turtle file of the project parsed into a model, e.g. {@code ontology/vocabularies.ttl}. */
    public static Model turtle(String path) {
        Model model = ModelFactory.createDefaultModel();
        try (InputStream in = open(path)) {
            RDFParser.source(in).lang(Lang.TURTLE).base("urn:x-project:" + path).parse(model);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        return model;
    }

    /** Several Turtle files parsed into one model. */
    public static Model turtle(List<Resource> resources) {
        Model model = ModelFactory.createDefaultModel();
        for (Resource resource : resources) {
            try (InputStream in = resource.getInputStream()) {
                RDFParser.source(in).lang(Lang.TURTLE).parse(model);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + pathOf(resource), e);
            }
        }
        return model;
    }

    private static InputStream open(String path) throws IOException {
        InputStream in = ProjectResources.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IOException("not on the classpath: " + path);
        }
        return in;
    }
}
