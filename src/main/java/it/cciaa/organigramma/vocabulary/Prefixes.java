package it.cciaa.organigramma.vocabulary;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.shared.PrefixMapping;

/** The prefixes the project writes its RDF with, so that files read like the examples of {@code docs/model.md}. */
public final class Prefixes {
    public static final Map<String, String> ALL = new LinkedHashMap<>();

    static {
        ALL.put("okg", OKG.NS);
        ALL.put("org", "http://www.w3.org/ns/org#");
        ALL.put("cov", Vocabularies.COV);
        ALL.put("skos", "http://www.w3.org/2004/02/skos/core#");
        ALL.put("xkos", Vocabularies.XKOS);
        ALL.put("dct", "http://purl.org/dc/terms/");
        ALL.put("dcat", "http://www.w3.org/ns/dcat#");
        ALL.put("dcatapit", Vocabularies.DCATAPIT);
        ALL.put("prov", Vocabularies.PROV);
        ALL.put("eli", Vocabularies.ELI);
        ALL.put("cv", Vocabularies.CV);
        ALL.put("foaf", Vocabularies.FOAF);
        ALL.put("spdx", Vocabularies.SPDX);
        ALL.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        ALL.put("owl", "http://www.w3.org/2002/07/owl#");
        ALL.put("xsd", "http://www.w3.org/2001/XMLSchema#");
    }

    private Prefixes() {}

    public static void applyTo(PrefixMapping mapping) {
        mapping.setNsPrefixes(ALL);
    }
}
