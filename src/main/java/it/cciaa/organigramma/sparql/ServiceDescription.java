package it.cciaa.organigramma.sparql;

import java.util.Collection;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The endpoint's SPARQL 1.1 Service Description: its address, language, result formats, its dataset (an empty
 * default graph and the store's named graphs) and, in words, its limits and what it refuses.
 */
final class ServiceDescription {
    private ServiceDescription() {}

    static Model of(String endpointUrl, Collection<String> graphs, String timeout, int maxRows, long maxBytes) {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefix("sd", SD.NS);
        model.setNsPrefix("rdfs", RDFS.getURI());
        model.setNsPrefix("formats", "http://www.w3.org/ns/formats/");
        Resource service = model.createResource(endpointUrl)
                .addProperty(RDF.type, SD.Service)
                .addProperty(SD.endpoint, model.createResource(endpointUrl))
                .addProperty(SD.supportedLanguage, SD.SPARQL11Query)
                .addProperty(RDFS.label, model.createLiteral("Organigramma KG: endpoint SPARQL pubblico", "it"))
                .addProperty(RDFS.label, model.createLiteral("Organigramma KG: public SPARQL endpoint", "en"))
                .addProperty(RDFS.comment, model.createLiteral(String.format(
                        "Endpoint SPARQL 1.1 Query di sola lettura (niente SPARQL Update). Il grafo predefinito è vuoto: "
                                + "interrogare i grafi con GRAPH ?g {…} oppure FROM / default-graph-uri. SERVICE non è "
                                + "ammesso; FROM e FROM NAMED solo con i grafi elencati. Ogni query è interrotta dopo %s "
                                + "(risposta 503). Una risposta porta al massimo %d righe (CONSTRUCT e DESCRIBE: triple) "
                                + "e %d byte; una risposta tagliata ha le intestazioni X-Result-Truncated (rows oppure "
                                + "bytes) e X-Result-Limit (il limite applicato).", timeout, maxRows, maxBytes), "it"))
                .addProperty(RDFS.comment, model.createLiteral(String.format(
                        "Read-only SPARQL 1.1 Query endpoint (no SPARQL Update). The default graph is empty: query the "
                                + "graphs with GRAPH ?g {…} or FROM / default-graph-uri. SERVICE is refused; FROM and FROM "
                                + "NAMED only with the graphs listed. Every query is stopped after %s (answer 503). An "
                                + "answer carries at most %d rows (CONSTRUCT and DESCRIBE: triples) and %d bytes; a cut "
                                + "answer has the headers X-Result-Truncated (rows or bytes) and X-Result-Limit (the "
                                + "limit applied).", timeout, maxRows, maxBytes), "en"));
        for (AnswerFormat format : AnswerFormat.values()) {
            format.w3cFormatIri().ifPresent(iri -> service.addProperty(SD.resultFormat, model.createResource(iri)));
        }
        Resource defaultGraph = model.createResource().addProperty(RDF.type, SD.Graph)
                .addProperty(RDFS.comment, model.createLiteral("Vuoto: i dati sono nei grafi con nome.", "it"))
                .addProperty(RDFS.comment, model.createLiteral("Empty: the data is in the named graphs.", "en"));
        Resource dataset = model.createResource().addProperty(RDF.type, SD.Dataset)
                .addProperty(SD.defaultGraph, defaultGraph);
        for (String graph : graphs) {
            dataset.addProperty(SD.namedGraph, model.createResource()
                    .addProperty(RDF.type, SD.NamedGraph)
                    .addProperty(SD.name, model.createResource(graph)));
        }
        service.addProperty(SD.defaultDataset, dataset);
        return model;
    }
}
