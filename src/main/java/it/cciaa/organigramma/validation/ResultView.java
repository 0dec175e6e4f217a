package it.cciaa.organigramma.validation;

import java.util.Optional;

/**
 * One validation result as a person or a program reads it: its severity, the node it is about and where that node
 * came from in the document, the message in Italian and English, and the shape that raised it.
 */
public record ResultView(
        Severity severity,
        String focusNode,
        Optional<String> notation,
        Optional<String> unit,
        Optional<Integer> sourceLine,
        String messageIt,
        String messageEn,
        String shape,
        String shapeName,
        Optional<String> path,
        Optional<String> value) {

    /** The three SHACL severities, most severe first. */
    public enum Severity {
        VIOLATION("Violation"), WARNING("Warning"), INFO("Info");

        private final String label;

        Severity(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
