package it.cciaa.organigramma.ingest;

/**
 * The IRIs the project mints, all derived from codes and names (see {@code docs/model.md}). One instance per base IRI,
 * chamber and process-map revision.
 */
public record Iris(String base, String ente, String mapRevision) {
    /** The default persistent base of the project's IRIs. */
    public static final String DEFAULT_BASE = "https://w3id.org/organigramma-kg";

    public Iris {
        base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public String chamber() {
        return base + "/data/organization/public-organization/" + ente;
    }

    /** A unit of the chamber; the Ente itself is {@link #chamber()}. */
    public String unit(String slug) {
        return slug.equals("ente") ? chamber() : base + "/data/organization/support-unit/" + ente + "/" + slug;
    }

    public String mapScheme() {
        return base + "/controlled-vocabulary/mappa-processi/" + mapRevision;
    }

    public String concept(String notation) {
        return mapScheme() + "/" + notation;
    }

    public String level(int depth) {
        return mapScheme() + "/livello/" + depth;
    }

    public String function(String letter) {
        return base + "/controlled-vocabulary/funzioni-istituzionali/" + letter;
    }

    public String qualifier(Qualifier qualifier) {
        return base + "/controlled-vocabulary/modalita-presidio/" + qualifier.slug();
    }

    public String unitKind(UnitKind kind) {
        return base + "/controlled-vocabulary/tipologia-unita-organizzativa/" + kind.slug();
    }

    public String anomalyKind(AnomalyKind kind) {
        return base + "/controlled-vocabulary/anomalie-sorgente/" + kind.slug();
    }

    public String catalogue() {
        return base + "/data/catalogo";
    }

    public String edition(String editionKey) {
        return base + "/data/dataset/organigramma/" + ente + "/" + editionKey;
    }

    public String mintedLaw(String slug) {
        return base + "/data/norma/" + slug;
    }

    public String editionGraph(String editionKey) {
        return base + "/graph/organigramma/" + ente + "/" + editionKey;
    }

    public String mapGraph() {
        return base + "/graph/mappa-processi/" + mapRevision;
    }

    public String lawGraph() {
        return base + "/graph/norme";
    }

    public String vocabularyGraph() {
        return base + "/graph/vocabolari";
    }

    public String catalogueGraph() {
        return base + "/graph/catalogo";
    }

    public String ontologyGraph() {
        return base + "/graph/ontologia";
    }
}
