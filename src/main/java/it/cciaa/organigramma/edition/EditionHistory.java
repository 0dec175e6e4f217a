package it.cciaa.organigramma.edition;

import it.cciaa.organigramma.table.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The history page's data: the editions of one chamber (or of every chamber, chamber by chamber), newest first, with
 * their validity and where to browse and compare each; and the same as a table ({@link #table()}).
 */
public record EditionHistory(String current, List<Entry> editions) {

    /**
     * One edition of the history, with the links of its row (null when there is nothing to link) and the label of the
     * edition it is compared with ({@code previousLabel}, null for a chamber's first).
     */
    public record Entry(Edition edition, boolean current, String browse, String differences, String previousLabel) {
        public String validFromInWords() {
            return Edition.inWords(edition.validFrom());
        }

        public String validToInWords() {
            return Edition.inWords(edition.validTo());
        }
    }

    /**
     * The history of the given editions (by chamber, in date order, as {@link Editions#all()} gives them); each
     * chamber's newest first, {@code current} the identifiers of the chambers' current editions.
     */
    public static EditionHistory of(List<Edition> editions, List<Edition> currents) {
        Set<String> currentIds = currents.stream().map(Edition::id).collect(Collectors.toSet());
        Map<String, Edition> byDataset = new LinkedHashMap<>();
        Map<String, List<Edition>> byChamber = new LinkedHashMap<>();
        editions.forEach(edition -> {
            byDataset.put(edition.dataset(), edition);
            byChamber.computeIfAbsent(edition.ente(), e -> new ArrayList<>()).add(edition);
        });
        List<Entry> entries = byChamber.values().stream().flatMap(chamber -> chamber.reversed().stream())
                .map(edition -> new Entry(edition, currentIds.contains(edition.id()),
                        browse(edition),
                        edition.previousKey() == null ? null : EditionDiffController.link(edition),
                        edition.previous() == null ? null : byDataset.containsKey(edition.previous())
                                ? byDataset.get(edition.previous()).label() : "edizione precedente"))
                .toList();
        return new EditionHistory(currents.size() == 1 ? currents.getFirst().id() : null, entries);
    }

    /** Where to browse an edition: its organigram. */
    static String browse(Edition edition) {
        return "/organigramma?" + Editions.PARAMETER + "=" + edition.id();
    }

    /** The history as a table, one row per edition: what the page shows, with identifiers and IRIs in full. */
    public Table table() {
        return Table.of(List.of(Table.column("ente", "Ente"), Table.column("nomeEnte", "Nome dell'ente"),
                Table.column("edizione", "Edizione"), Table.column("identificativo", "Identificativo"),
                Table.column("data", "Data"), Table.column("validaDal", "Valida dal"),
                Table.column("validaFinoAl", "Valida fino al"), Table.column("inVigore", "In vigore"),
                Table.column("documento", "Documento sorgente"), Table.column("sha256", "SHA-256 del documento"),
                Table.column("mappa", "Revisione della mappa dei processi"),
                Table.column("rapporto", "Rapporto di validazione (IRI)"),
                Table.column("precedente", "Edizione precedente"), Table.column("dataset", "Dataset (IRI)"),
                Table.column("grafo", "Grafo (IRI)")), editions, entry -> {
                    Edition edition = entry.edition();
                    return java.util.Arrays.asList(edition.ente(), edition.chamberLabel(), edition.title(),
                            edition.id(), edition.date(), edition.validFrom(), edition.validTo(),
                            entry.current() ? "sì" : "no", edition.sourceFile(), edition.checksum(),
                            edition.mapRevision(), edition.reportGraph(), edition.previousId(), edition.dataset(),
                            edition.graph());
                });
    }
}
