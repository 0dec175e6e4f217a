package it.cciaa.organigramma.cli;

import it.cciaa.organigramma.ingest.AllegatoFormatException;
import it.cciaa.organigramma.ingest.AllegatoImporter;
import it.cciaa.organigramma.ingest.InputLoader;
import it.cciaa.organigramma.project.ProjectResources;
import it.cciaa.organigramma.query.NamedQueries;
import it.cciaa.organigramma.query.NamedQuery;
import it.cciaa.organigramma.query.QueryRunner;
import it.cciaa.organigramma.store.UnionView;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.resultset.ResultsFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code query}: a named query of {@code queries/} over RDF files or the Foggia document. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a named query of queries/ (its name is its path without .rq, e.g. organigram/units) over "
                + "the given data, or over the Allegato C of Foggia imported on the fly when no --data is given. "
                + "The default graph the query sees is the union of all the graphs loaded.",
                "Without a name, lists the queries with their summaries."},
        footerHeading = "%nExamples:%n",
        footer = {"  java -jar target/organigramma-kg.jar query organigram/units",
                "  java -jar target/organigramma-kg.jar query organigram/assignments --data /tmp/foggia.trig --format tsv"})
final class QueryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "The query's name.")
    String name;

    @Option(names = "--data", paramLabel = "FILE", description = "RDF files or Allegato C documents (repeatable).")
    List<Path> data = new ArrayList<>();

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "A value for the query's ?_NAME or ?__NAME variable (repeatable); http(s) values are IRIs.")
    Map<String, String> parameters = new LinkedHashMap<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv", description = "csv (default), tsv or json.")
    Format format;

    @Mixin
    ImportOptionsMixin importOptions;

    /** Result formats of the command. */
    enum Format { CSV, TSV, JSON }

    @Override
    public Integer call() {
        NamedQueries library = NamedQueries.load();
        if (name == null) {
            library.all().forEach((queryName, query) ->
                    System.out.printf("%-32s %s%n", queryName, query.summary()));
            return 0;
        }
        Optional<NamedQuery> found = library.find(name);
        if (found.isEmpty()) {
            spec.commandLine().getErr().println("error: no query named '" + name + "'; known: "
                    + String.join(", ", library.all().keySet()));
            return OrganigrammaCommand.UNUSABLE_INPUT;
        }
        NamedQuery query = found.get();
        Map<String, Node> bound = new LinkedHashMap<>();
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            if (!query.requiredParameters().contains(parameter.getKey())
                    && !query.optionalParameters().contains(parameter.getKey())) {
                spec.commandLine().getErr().println("error: --param " + parameter.getKey() + ": query " + name
                        + " has no such parameter");
                return OrganigrammaCommand.UNUSABLE_INPUT;
            }
            bound.put(parameter.getKey(), node(parameter.getValue()));
        }
        for (String required : query.requiredParameters()) {
            if (!bound.containsKey(required)) {
                spec.commandLine().getErr().println("error: query " + name + " needs --param " + required + "=VALUE");
                return OrganigrammaCommand.UNUSABLE_INPUT;
            }
        }
        Dataset dataset;
        try {
            dataset = data.isEmpty() ? foggia() : new InputLoader(importOptions.options()).load(data);
        } catch (InputLoader.InputException | AllegatoFormatException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return OrganigrammaCommand.UNUSABLE_INPUT;
        }
        RowSetRewindable rows = QueryRunner.select(query, UnionView.of(dataset), bound);
        ResultsFormat resultsFormat = switch (format) {
            case CSV -> ResultsFormat.CSV;
            case TSV -> ResultsFormat.TSV;
            case JSON -> ResultsFormat.JSON;
        };
        ResultSetFormatter.output(System.out, org.apache.jena.query.ResultSet.adapt(rows), resultsFormat);
        System.out.flush();
        return 0;
    }

    private Dataset foggia() throws AllegatoFormatException {
        return new AllegatoImporter(importOptions.options())
                .importDocument(ProjectResources.bytes(ProjectResources.FOGGIA_DOCUMENT), "allegato-c-cciaa-foggia.txt")
                .dataset();
    }

    private static Node node(String value) {
        if ((value.startsWith("http://") || value.startsWith("https://")) && IRIs.check(value)) {
            return NodeFactory.createURI(value);
        }
        return NodeFactory.createLiteralString(value);
    }
}
