package it.cciaa.organigramma.ingest;

import java.text.Normalizer;
import java.util.Map;
import java.util.Optional;

/**
 * The institutional functions of the FUNZIONE column: A–D are those of DPR 254/2005 (Allegato A), E and F are the
 * process map's own additions. The document names them in more than one way; the letter of a theme's code decides.
 */
final class InstitutionalFunction {

    /** Words that identify each function's label in the document, in the order they are tried. */
    private static final Map<String, String> KEYWORDS = new java.util.LinkedHashMap<>();
    private static final Map<String, String> LABELS = Map.of(
            "A", "GOVERNO CAMERALE",
            "B", "PROCESSI DI SUPPORTO",
            "C", "TRASPARENZA, SEMPLIFICAZIONE E TUTELA",
            "D", "SVILUPPO DELLA COMPETITIVITÀ",
            "E", "MAGGIORAZIONE DIRITTO ANNUALE",
            "F", "ALTRI SERVIZI CAMERALI");

    static {
        KEYWORDS.put("GOVERNO", "A");
        KEYWORDS.put("ORGANI ISTITUZIONALI", "A");
        KEYWORDS.put("SUPPORTO", "B");
        KEYWORDS.put("TRASPARENZA", "C");
        KEYWORDS.put("ANAGRAFE", "C");
        KEYWORDS.put("COMPETITIVITA", "D");
        KEYWORDS.put("PROMOZIONE ECONOMICA", "D");
        KEYWORDS.put("MAGGIORAZIONE", "E");
        KEYWORDS.put("ALTRO", "F");
        KEYWORDS.put("ALTRI SERVIZI", "F");
    }

    private InstitutionalFunction() {}

    /** The letter of the function a FUNZIONE cell names; empty when the text names none. */
    static Optional<String> letterOf(String label) {
        String plain = Normalizer.normalize(label, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toUpperCase(java.util.Locale.ROOT);
        return KEYWORDS.entrySet().stream()
                .filter(e -> plain.contains(e.getKey()))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    /** The label the process map gives the function of {@code letter}. */
    static String labelOf(String letter) {
        return LABELS.getOrDefault(letter, letter);
    }
}
