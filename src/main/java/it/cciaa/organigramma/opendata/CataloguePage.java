package it.cciaa.organigramma.opendata;

import it.cciaa.organigramma.edition.Edition;
import it.cciaa.organigramma.text.PrintedNames;
import it.cciaa.organigramma.vocabulary.Vocabularies;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;

/**
 * The DCAT-AP_IT catalogue as a page for people: the catalogue's IRI, title and date; its datasets (one chamber's
 * editions, and the whole graph), each with its chamber, validity, dates and distributions (format, size, download
 * link, licence); and, when the page shows every chamber, one line per chamber leading to its own part.
 * {@code national}: the store holds several chambers.
 */
record CataloguePage(String iri, String title, String description, String modified, Edition chamber, boolean national,
        List<Dataset> datasets, List<Chamber> chambers) {
    /** Where the catalogue's media types live ({@code dcat:mediaType}): the IANA registry. */
    private static final String IANA_MEDIA_TYPES = "https://www.iana.org/assignments/media-types/";

    /** A dataset: IRI, title, chamber, validity (from, to), issue and modification dates, version, distributions. */
    record Dataset(String iri, String title, String description, String chamber, String validFrom, String validTo,
            String issued, String modified, String version, List<Distribution> distributions) {}

    /**
     * A distribution: title, format (the EU file-type code), media type, download link, size in bytes (null: not a
     * file), licence.
     */
    record Distribution(String title, String format, String mediaType, String url, Long bytes, String licence) {
        /** The size as people read it: "1,3 MB", "845 KB", "120 byte"; null when the distribution is not a file. */
        public String size() {
            if (bytes == null) {
                return null;
            }
            NumberFormat italian = NumberFormat.getNumberInstance(Locale.ITALIAN);
            italian.setMaximumFractionDigits(1);
            if (bytes < 1024) {
                return bytes + " byte";
            }
            return bytes < 1024 * 1024 ? italian.format(bytes / 1024.0) + " KB"
                    : italian.format(bytes / (1024.0 * 1024)) + " MB";
        }

        /** The exact size, "1.361.284 byte". */
        public String exactSize() {
            return bytes == null ? null : NumberFormat.getIntegerInstance(Locale.ITALIAN).format(bytes) + " byte";
        }

        /** The licence's usual name ("CC BY 4.0"), or its IRI's last segment. */
        public String licenceName() {
            if (licence == null) {
                return null;
            }
            return licence.equals(Vocabularies.licenceCcBy40.getURI()) ? "CC BY 4.0"
                    : licence.substring(licence.lastIndexOf('/') + 1);
        }
    }

    /** One chamber of a national catalogue: its current edition and how many editions it has. */
    record Chamber(Edition current, int editions) {
        public String validFromInWords() {
            return Edition.inWords(current.validFrom());
        }
    }

    /**
     * The page of the catalogue {@code catalogueIri} described in {@code model}: the datasets whose IRIs are
     * {@code shown} (in that order), with the sizes of the files they distribute ({@code bytes}, by download URL).
     */
    static CataloguePage of(Model model, String catalogueIri, Edition chamber, boolean national, List<String> shown,
            Map<String, Long> bytes, List<Chamber> chambers) {
        Resource catalogue = model.getResource(catalogueIri);
        List<Dataset> datasets = shown.stream().map(model::getResource)
                .filter(dataset -> dataset.hasProperty(DCTerms.title))
                .map(dataset -> dataset(dataset, bytes)).toList();
        return new CataloguePage(catalogueIri, italian(catalogue, DCTerms.title),
                italian(catalogue, DCTerms.description),
                date(catalogue, DCTerms.modified), chamber, national, datasets, chambers);
    }

    private static Dataset dataset(Resource dataset, Map<String, Long> bytes) {
        Resource period = dataset.getPropertyResourceValue(DCTerms.temporal);
        Resource publisher = dataset.getPropertyResourceValue(DCTerms.publisher);
        List<Distribution> distributions = dataset.listProperties(DCAT.distribution).mapWith(Statement::getResource)
                .mapWith(distribution -> distribution(distribution, bytes)).toList().stream()
                .sorted(Comparator.comparing(Distribution::title)).toList();
        return new Dataset(dataset.getURI(), italian(dataset, DCTerms.title), italian(dataset, DCTerms.description),
                publisher == null ? null : readable(text(publisher, Vocabularies.foafName)),
                period == null ? null : date(period, DCAT.startDate),
                period == null ? null : date(period, DCAT.endDate),
                date(dataset, DCTerms.issued), date(dataset, DCTerms.modified),
                text(dataset, org.apache.jena.vocabulary.OWL.versionInfo), distributions);
    }

    private static Distribution distribution(Resource distribution, Map<String, Long> bytes) {
        Resource download = Optional.ofNullable(distribution.getPropertyResourceValue(DCAT.downloadURL))
                .orElse(distribution.getPropertyResourceValue(DCAT.accessURL));
        Resource format = distribution.getPropertyResourceValue(DCTerms.format);
        Resource mediaType = distribution.getPropertyResourceValue(DCAT.mediaType);
        Resource licence = distribution.getPropertyResourceValue(DCTerms.license);
        String url = download == null ? null : download.getURI();
        return new Distribution(italian(distribution, DCTerms.title), lastSegment(format),
                mediaType == null ? null : mediaType.getURI().replace(IANA_MEDIA_TYPES, ""),
                url, url == null ? null : bytes.get(url), licence == null ? null : licence.getURI());
    }

    /** The Italian value of a property (or any value when none is Italian); null when absent. */
    private static String italian(Resource subject, Property property) {
        String any = null;
        for (Statement statement : subject.listProperties(property).toList()) {
            RDFNode value = statement.getObject();
            if (value.isLiteral() && "it".equals(value.asLiteral().getLanguage())) {
                return value.asLiteral().getLexicalForm();
            }
            any = value.isLiteral() ? value.asLiteral().getLexicalForm() : any;
        }
        return any;
    }

    private static String text(Resource subject, Property property) {
        Statement statement = subject.getProperty(property);
        return statement == null || !statement.getObject().isLiteral() ? null
                : statement.getObject().asLiteral().getLexicalForm();
    }

    /** A date or date-time value as Italians write the day ("1 gennaio 2025"); the text as written if it is not one. */
    private static String date(Resource subject, Property property) {
        String text = text(subject, property);
        if (text == null || text.length() < 10) {
            return text;
        }
        try {
            return Edition.inWords(LocalDate.parse(text.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return text;
        }
    }

    private static String lastSegment(Resource resource) {
        return resource == null || !resource.isURIResource() ? null
                : resource.getURI().substring(resource.getURI().lastIndexOf('/') + 1);
    }

    /** A chamber's name as people read it ("CCIAA di Foggia" for "CCIAA di FOGGIA"). */
    private static String readable(String name) {
        return name == null || name.isBlank() ? name : PrintedNames.readable(name.strip());
    }
}
