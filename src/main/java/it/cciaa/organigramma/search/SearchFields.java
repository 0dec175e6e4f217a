package it.cciaa.organigramma.search;

import java.util.Locale;

/** The fields of the search index, and how a code is normalised for exact and prefix lookups. */
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

    private SearchFields() {}

    /** A code as looked up: lower case, single spaces ({@code "D.Lgs.  81/2008"} → {@code "d.lgs. 81/2008"}). */
    static String code(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
