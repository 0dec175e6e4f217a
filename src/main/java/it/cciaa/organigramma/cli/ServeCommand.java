package it.cciaa.organigramma.cli;

import it.cciaa.organigramma.OrganigrammaApplication;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.boot.SpringApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/** {@code serve}: the web service with its embedded store (or an external one) and the Foggia data. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Starts the web service: the store (embedded Fuseki over TDB2 in --data-dir, or the external "
                + "SPARQL store of KG_STORE_URL), loaded with the Foggia edition on first start; the public SPARQL "
                + "endpoint at /sparql; linked-data pages and APIs. Settings come from the environment too: PORT, "
                + "KG_BASE_IRI, KG_DATA_DIR, KG_STORE_URL, KG_QUERY_TIMEOUT, KG_MAX_ROWS, KG_MAX_BYTES.",
                "Spring Boot options (--server.port=9090, --kg.query-timeout=5s) pass through."},
        footerHeading = "%nExamples:%n",
        footer = {"  java -jar target/organigramma-kg.jar serve",
                "  KG_STORE_URL=http://localhost:3030/ds java -jar target/organigramma-kg.jar serve --port 9090"})
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "PORT", description = "HTTP port (default: $PORT or 8080).")
    Integer port;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Where the embedded store keeps its database "
            + "(default: $KG_DATA_DIR or ./run).")
    String dataDir;

    @Unmatched
    List<String> springArguments = new ArrayList<>();

    @Override
    public Integer call() {
        List<String> arguments = new ArrayList<>(springArguments);
        if (port != null) {
            arguments.add("--server.port=" + port);
        }
        if (dataDir != null) {
            arguments.add("--kg.data-dir=" + dataDir);
        }
        SpringApplication.run(OrganigrammaApplication.class, arguments.toArray(String[]::new));
        return null;
    }
}
