package it.cciaa.organigramma.search;

import java.util.Locale;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;

/** The fields of the search index, how a resource is written into them, and how a code is normalised for lookups. */
final class SearchFields {
    static final String IRI = "iri";
    static final String KIND = "kind";
    static final String LABEL = "label";
    static final String OTHER_LABEL = "otherLabel";
    /** The code as printed, stored for display. */
    static final String NOTATION = "notation";
    /** The code normalised by {@link #code(String)}, one term, for exact and prefix lookups. */
    static final String CODE = "code";
    /** The code analysed as text, so that "ufficio 2.2" finds Ufficio 2.2 by its words. */
    static final String CODE_WORDS = "codeWords";
    static final String CATEGORY = "category";
    static final String DESCRIPTION = "description";
    /** Label and code as word prefixes ({@link WordPrefixAnalyzer}), for completion. */
    static final String COMPLETION = "completion";
    /** A unit's chamber, its identifier as one term, for the chamber filter; {@link #NO_CHAMBER} for the rest. */
    static final String CHAMBER = "chamber";
    /** The chamber of what every chamber shares (no identifier has this form). */
    static final String NO_CHAMBER = "-";
    /** A unit's chamber's name, stored for display. */
    static final String CHAMBER_NAME = "chamberName";

    private SearchFields() {}

    /** A code as looked up: lower case, single spaces ({@code "D.Lgs.  81/2008"} → {@code "d.lgs. 81/2008"}). */
    static String code(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The resource as the index holds it. */
    static Document document(SearchDocument source) {
        Document document = new Document();
        document.add(new StringField(IRI, source.iri(), Store.YES));
        document.add(new StringField(KIND, source.kind().code(), Store.YES));
        document.add(new TextField(LABEL, source.label(), Store.YES));
        source.otherLabels().forEach(name -> document.add(new TextField(OTHER_LABEL, name, Store.YES)));
        if (!source.notation().isEmpty()) {
            document.add(new StoredField(NOTATION, source.notation()));
            document.add(new StringField(CODE, code(source.notation()), Store.NO));
            document.add(new TextField(CODE_WORDS, source.notation(), Store.NO));
        }
        if (!source.category().isEmpty()) {
            document.add(new TextField(CATEGORY, source.category(), Store.YES));
        }
        if (!source.description().isEmpty()) {
            document.add(new TextField(DESCRIPTION, source.description(), Store.YES));
        }
        document.add(new StringField(CHAMBER, source.chamber().map(Chamber::ente).orElse(NO_CHAMBER), Store.YES));
        source.chamber().ifPresent(chamber -> document.add(new StoredField(CHAMBER_NAME, chamber.name())));
        document.add(new TextField(COMPLETION, String.join("\n", source.label(), source.notation(),
                String.join("\n", source.otherLabels())), Store.NO));
        return document;
    }

    /** The chamber a stored document names; empty for what every chamber shares. */
    static Optional<Chamber> chamber(Document document) {
        String ente = document.get(CHAMBER);
        return ente == null || ente.equals(NO_CHAMBER) ? Optional.empty()
                : Optional.of(new Chamber(ente, document.get(CHAMBER_NAME)));
    }
}
