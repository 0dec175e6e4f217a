package it.cciaa.organigramma.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tags of the query library ({@code #+ tags:}) with their Italian names, in the order people are shown them:
 * what the organigram says first, the machinery of the service last.
 */
public final class QueryTags {
    private static final Map<String, String> ITALIAN_NAMES = new LinkedHashMap<>();

    static {
        ITALIAN_NAMES.put("organigram", "Organigramma");
        ITALIAN_NAMES.put("competence", "Competenze");
        ITALIAN_NAMES.put("transparency", "Amministrazione trasparente");
        ITALIAN_NAMES.put("declaration", "Processi dichiarati");
        ITALIAN_NAMES.put("taxonomy", "Mappa dei processi");
        ITALIAN_NAMES.put("law", "Norme");
        ITALIAN_NAMES.put("national", "Tutti gli enti");
        ITALIAN_NAMES.put("home", "Pagina iniziale");
        ITALIAN_NAMES.put("edition", "Edizioni");
        ITALIAN_NAMES.put("diff", "Differenze tra edizioni");
        ITALIAN_NAMES.put("validation", "Validazione");
        ITALIAN_NAMES.put("opendata", "Dati aperti");
        ITALIAN_NAMES.put("linkeddata", "Pagine delle risorse");
        ITALIAN_NAMES.put("ontology", "Ontologia");
        ITALIAN_NAMES.put("search", "Ricerca");
        ITALIAN_NAMES.put("publish", "Pubblicazione");
        ITALIAN_NAMES.put("store", "Archivio");
        ITALIAN_NAMES.put("admin", "Amministrazione");
    }

    private QueryTags() {}

    /** Every tag with an Italian name, in display order. */
    public static List<String> ordered() {
        return List.copyOf(ITALIAN_NAMES.keySet());
    }

    /** The tag's Italian name; the tag itself for a tag this class does not know yet. */
    public static String italianName(String tag) {
        return ITALIAN_NAMES.getOrDefault(tag, tag);
    }
}
