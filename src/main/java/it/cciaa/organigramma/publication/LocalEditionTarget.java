package it.cciaa.organigramma.publication;

import it.cciaa.organigramma.iri.ServiceIris;
import it.cciaa.organigramma.publication.EditionPublisher.PublishRefused;
import it.cciaa.organigramma.query.NamedQuery;
import it.cciaa.organigramma.query.QueryRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.AlreadyLocked;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.update.UpdateRequest;

/**
 * The embedded store's TDB2 database ({@code dataDir/tdb2}) opened directly by a command-line tool while no service
 * runs; the publication is applied inside one TDB2 write transaction.
 */
public final class LocalEditionTarget implements EditionTarget, AutoCloseable {
    private final DatasetGraph store;

    private LocalEditionTarget(DatasetGraph store) {
        this.store = store;
    }

    /** Opens the database; another process holding it (a running service) is refused with what to do instead. */
    public static LocalEditionTarget open(Path dataDir) throws PublishRefused, IOException {
        Path database = dataDir.resolve("tdb2");
        Files.createDirectories(database);
        try {
            return new LocalEditionTarget(DatabaseMgr.connectDatasetGraph(database.toString()));
        } catch (DBOpEnvException e) {
            if (e instanceof AlreadyLocked || String.valueOf(e.getMessage()).contains("lock")) {
                throw new PublishRefused("the database at " + database + " is in use by a running service: stop "
                        + "it, then publish again (or publish to the service with --server)");
            }
            throw e;
        }
    }

    @Override
    public List<CatalogueEdition> editions(ServiceIris iris) {
        return CatalogueEditions.read(this::select, iris);
    }

    @Override
    public List<Node> catalogueModified(ServiceIris iris) {
        return CatalogueEditions.modified(this::select, iris);
    }

    /** A query of the library in a read transaction; the rows are read before it ends. */
    private RowSetRewindable select(NamedQuery query, Map<String, Node> parameters) {
        return Txn.calculateRead(store, () -> QueryRunner.select(query, DatasetFactory.wrap(store), parameters));
    }

    @Override
    public Graph graph(String name) {
        return Txn.calculateRead(store, () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            store.getGraph(NodeFactory.createURI(name)).find().forEachRemaining(copy::add);
            return copy;
        });
    }

    @Override
    public void apply(PublicationUpdate publication) {
        update(publication.request());
    }

    /** Runs an update request in one write transaction. */
    public void update(UpdateRequest request) {
        Txn.executeWrite(store, () -> UpdateExec.dataset(store).update(request).execute());
    }

    @Override
    public void close() {
        TDBInternal.expel(store);
    }
}
