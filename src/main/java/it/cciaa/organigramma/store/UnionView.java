package it.cciaa.organigramma.store;

import java.util.Iterator;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.ModelFactory;

/** A dataset whose default graph is the union of another's named graphs, which stay addressable by name. */
public final class UnionView {
    private UnionView() {}

    /** A view of {@code dataset} for queries that read all its graphs at once; changes go through to the graphs. */
    public static Dataset of(Dataset dataset) {
        Dataset view = DatasetFactory.createGeneral();
        view.setDefaultModel(ModelFactory.createModelForGraph(dataset.asDatasetGraph().getUnionGraph()));
        for (Iterator<String> names = dataset.listNames(); names.hasNext(); ) {
            String name = names.next();
            view.addNamedModel(name, dataset.getNamedModel(name));
        }
        return view;
    }
}
