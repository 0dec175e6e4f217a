package it.cciaa.organigramma.opendata;

import static it.cciaa.organigramma.vocabulary.Vocabularies.*;

import it.cciaa.organigramma.iri.ServiceIris;
import it.cciaa.organigramma.opendata.Dumps.Dump;
import it.cciaa.organigramma.store.KgProperties;
import it.cciaa.organigramma.store.KnowledgeStore;
import it.cciaa.organigramma.store.StoreVersion;
import it.cciaa.organigramma.vocabulary.Prefixes;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.springframework.stereotype.Component;

/**
 * The DCAT-AP_IT catalogue as published: the catalogue graph of the store (one dataset per edition) with the
 * distributions of the dumps, and a dataset for the whole graph; and the VoID description of the service.
 */
@Component
public class CatalogueDescription {
    private static final String VOID = "http://rdfs.org/ns/void#";

    private final KnowledgeStore store;
    private final OpenDataQueries queries;
    private final StoreVersion version;
    private final ServiceIris iris;
    private final it.cciaa.organigramma.edition.Editions editions;

    public CatalogueDescription(KnowledgeStore store, OpenDataQueries queries, StoreVersion version,
            KgProperties properties, it.cciaa.organigramma.edition.Editions editions) {
        this.editions = editions;
        this.store = store;
        this.queries = queries;
        this.version = version;
        this.iris = properties.iris();
    }

    /** The catalogue: what the store's catalogue graph says, plus a distribution for every dump. */
    public Model catalogue() {
        Model model = ModelFactory.createDefaultModel();
        try (RDFConnection connection = store.connect()) {
            model.add(connection.fetch(iris.catalogueGraph()));
        }
        Resource catalogue = model.getResource(iris.catalogue());
        Resource publisher = catalogue.getPropertyResourceValue(DCTerms.publisher);
        for (it.cciaa.organigramma.edition.Edition chamber : editions.currents()) {
            Resource current = model.getResource(chamber.dataset());
            for (Dump dump : Dump.values()) {
                if (!dump.everything()) {
                    current.addProperty(DCAT.distribution, distribution(model, current.getURI(),
                            chamber.ente() + "/" + dump.fileName(), dump));
                }
            }
        }
        Resource whole = model.createResource(iris.wholeDataset())
                .addProperty(RDF.type, dcatapitDataset).addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.identifier, "organigramma-kg:grafo-completo")
                .addProperty(DCTerms.title, "Organigramma KG – il grafo completo", "it")
                .addProperty(DCTerms.description, "Tutte le edizioni dell'organigramma, la mappa dei processi, le norme, "
                        + "i vocabolari, l'ontologia e le forme SHACL, in un unico file per grafo nominato.", "it")
                .addLiteral(DCTerms.modified, model.createTypedLiteral(version.modified().toString(), XSDDatatype.XSDdateTime))
                .addProperty(DCAT.theme, themeGovernment)
                .addProperty(DCTerms.accrualPeriodicity, frequencyIrregular);
        if (publisher != null) {
            whole.addProperty(DCTerms.rightsHolder, publisher).addProperty(DCTerms.publisher, publisher);
        }
        for (Dump dump : Dump.values()) {
            if (dump.everything()) {
                whole.addProperty(DCAT.distribution, distribution(model, whole.getURI(), dump.fileName(), dump));
            }
        }
        catalogue.addProperty(DCAT.dataset, whole);
        Prefixes.applyTo(model);
        return model;
    }

    private Resource distribution(Model model, String datasetIri, String path, Dump dump) {
        Resource url = model.createResource(iris.dump(path));
        return model.createResource(ServiceIris.distribution(datasetIri, dump.fileName()))
                .addProperty(RDF.type, dcatapitDistribution).addProperty(RDF.type, DCAT.Distribution)
                .addProperty(DCTerms.format, model.createResource(EU_AUTHORITY + "file-type/" + dump.euFileType()))
                .addProperty(DCAT.mediaType, model.createResource("https://www.iana.org/assignments/media-types/" + dump.mediaType()))
                .addProperty(DCAT.accessURL, url)
                .addProperty(DCAT.downloadURL, url)
                .addProperty(DCTerms.license, licenceCcBy40)
                .addProperty(DCTerms.title, dump.fileName(), "it");
    }

    /** The VoID description: the dataset, its SPARQL endpoint, dumps, vocabularies and one subset per graph. */
    public Model voidDescription() {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefix("void", VOID);
        Resource dataset = model.createResource(iris.voidDataset())
                .addProperty(RDF.type, model.createResource(VOID + "Dataset"))
                .addProperty(DCTerms.title, "Organigramma KG", "it")
                .addProperty(DCTerms.description, "Organigramma della CCIAA di Foggia (Allegato C) come dati aperti collegati.", "it")
                .addProperty(DCTerms.license, model.createResource("https://creativecommons.org/licenses/by/4.0/"))
                .addLiteral(DCTerms.modified, model.createTypedLiteral(version.modified().toString(), XSDDatatype.XSDdateTime))
                .addProperty(model.createProperty(VOID, "sparqlEndpoint"), model.createResource(iris.sparqlEndpoint()))
                .addProperty(model.createProperty(VOID, "uriSpace"), iris.uriSpace())
                .addProperty(model.createProperty(VOID, "rootResource"), model.createResource(iris.catalogue()));
        for (Dump dump : Dump.values()) {
            if (dump.everything()) {
                dataset.addProperty(model.createProperty(VOID, "dataDump"), model.createResource(iris.dump(dump.fileName())));
            }
        }
        for (String vocabulary : List.of("http://www.w3.org/ns/org#", "http://www.w3.org/2004/02/skos/core#",
                XKOS, COV, "http://purl.org/dc/terms/", "http://www.w3.org/ns/dcat#", DCATAPIT, PROV, ELI,
                it.cciaa.organigramma.vocabulary.OKG.NS)) {
            dataset.addProperty(model.createProperty(VOID, "vocabulary"), model.createResource(vocabulary));
        }
        long total = 0;
        for (OpenDataQueries.GraphSize graph : queries.graphs()) {
            total += graph.triples();
            Resource subset = model.createResource(iris.voidSubset(graph.graph()))
                    .addProperty(RDF.type, model.createResource(VOID + "Dataset"))
                    .addProperty(model.createProperty("http://www.w3.org/ns/sparql-service-description#", "name"),
                            model.createResource(graph.graph()))
                    .addLiteral(model.createProperty(VOID, "triples"), graph.triples());
            dataset.addProperty(model.createProperty(VOID, "subset"), subset);
        }
        dataset.addLiteral(model.createProperty(VOID, "triples"), total);
        Prefixes.applyTo(model);
        model.setNsPrefix("void", VOID);
        return model;
    }
}
