package it.cciaa.organigramma.vocabulary;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Reused vocabularies that Jena does not ship as constants: COV, XKOS, ELI, CPOV, DCAT-AP_IT, PROV, SPDX, EU authorities. */
public final class Vocabularies {
    public static final String COV = "https://w3id.org/italia/onto/COV/";
    public static final String XKOS = "http://rdf-vocabulary.ddialliance.org/xkos#";
    public static final String ELI = "http://data.europa.eu/eli/ontology#";
    public static final String CV = "http://data.europa.eu/m8g/";
    public static final String DCATAPIT = "http://dati.gov.it/onto/dcatapit#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String SPDX = "http://spdx.org/rdf/terms#";
    public static final String FOAF = "http://xmlns.com/foaf/0.1/";
    public static final String EU_AUTHORITY = "http://publications.europa.eu/resource/authority/";

    public static final Resource covPublicOrganization = resource(COV + "PublicOrganization");
    public static final Resource covSupportUnit = resource(COV + "SupportUnit");
    public static final Property covHasCategory = property(COV + "hasCategory");
    public static final Property covIpaCode = property(COV + "IPAcode");
    /** OntoPiA's category of public organisations "Camere di commercio, industria, artigianato e agricoltura…". */
    public static final Resource covChamberCategory = resource(
            "https://w3id.org/italia/controlled-vocabulary/classifications-for-organizations/S13/211");

    public static final Resource xkosClassificationLevel = resource(XKOS + "ClassificationLevel");
    public static final Property xkosDepth = property(XKOS + "depth");
    public static final Property xkosLevels = property(XKOS + "levels");
    public static final Property xkosNumberOfLevels = property(XKOS + "numberOfLevels");

    public static final Resource eliLegalResource = resource(ELI + "LegalResource");
    public static final Property cvHasLegalResource = property(CV + "hasLegalResource");

    public static final Resource dcatapitCatalog = resource(DCATAPIT + "Catalog");
    public static final Resource dcatapitDataset = resource(DCATAPIT + "Dataset");
    public static final Resource dcatapitDistribution = resource(DCATAPIT + "Distribution");
    public static final Resource dcatapitAgent = resource(DCATAPIT + "Agent");

    public static final Property provWasDerivedFrom = property(PROV + "wasDerivedFrom");
    public static final Resource provActivity = resource(PROV + "Activity");
    public static final Property provGenerated = property(PROV + "generated");
    public static final Property provInvalidated = property(PROV + "invalidated");
    public static final Property provSpecializationOf = property(PROV + "specializationOf");

    public static final Resource spdxChecksum = resource(SPDX + "Checksum");
    public static final Property spdxChecksumProperty = property(SPDX + "checksum");
    public static final Property spdxAlgorithm = property(SPDX + "algorithm");
    public static final Property spdxChecksumValue = property(SPDX + "checksumValue");
    public static final Resource spdxSha256 = resource(SPDX + "checksumAlgorithm_sha256");

    public static final Resource foafDocument = resource(FOAF + "Document");
    public static final Property foafName = property(FOAF + "name");

    public static final Resource themeGovernment = resource(EU_AUTHORITY + "data-theme/GOVE");
    public static final Resource frequencyIrregular = resource(EU_AUTHORITY + "frequency/IRREG");
    public static final Resource fileTypeTrig = resource(EU_AUTHORITY + "file-type/RDF_TRIG");
    public static final Resource languageItalian = resource(EU_AUTHORITY + "language/ITA");
    public static final Resource licenceCcBy40 =
            resource("https://w3id.org/italia/controlled-vocabulary/licences/A21_CCBY40");

    private Vocabularies() {}

    private static Resource resource(String iri) {
        return ResourceFactory.createResource(iri);
    }

    private static Property property(String iri) {
        return ResourceFactory.createProperty(iri);
    }
}
