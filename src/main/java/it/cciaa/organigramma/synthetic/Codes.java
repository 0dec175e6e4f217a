package it.cciaa.organigramma.synthetic;

import java.util.Comparator;

/** Ordering and naming helpers for the codes of the document: office codes ("2.3") and process codes ("A1.1.2.4"). */
final class Codes {
    /** Dot-separated parts compared one by one, numbers as numbers: 2.3 before 2.10, A1.1.2 before A1.1.10. */
    static final Comparator<String> NATURAL_ORDER = Codes::compare;

    private static final String[] NUMERALS = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};

    private Codes() {}

    private static int compare(String left, String right) {
        String[] a = left.split("\\.");
        String[] b = right.split("\\.");
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            int order = comparePart(a[i], b[i]);
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.length, b.length);
    }

    private static int comparePart(String a, String b) {
        String letterA = a.replaceAll("\\d+$", "");
        String letterB = b.replaceAll("\\d+$", "");
        int byLetter = letterA.compareTo(letterB);
        if (byLetter != 0) {
            return byLetter;
        }
        String digitsA = a.substring(letterA.length());
        String digitsB = b.substring(letterB.length());
        if (digitsA.isEmpty() || digitsB.isEmpty()) {
            return digitsA.compareTo(digitsB);
        }
        return Integer.compare(Integer.parseInt(digitsA), Integer.parseInt(digitsB));
    }

    /** The number of the Servizio an office code belongs to: 3 for "3.5". */
    static int servizioOf(String officeCode) {
        return Integer.parseInt(officeCode.substring(0, officeCode.indexOf('.')));
    }

    /** The Roman numeral the document gives Servizio {@code number}. */
    static String numeral(int number) {
        return NUMERALS[number - 1];
    }

    /** The number of a Servizio's Roman numeral. */
    static int number(String numeral) {
        for (int i = 0; i < NUMERALS.length; i++) {
            if (NUMERALS[i].equals(numeral)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("not a Servizio numeral: " + numeral);
    }

    /** The slug the importer gives an office with this code: {@code ufficio-2-3}. */
    static String officeSlug(String officeCode) {
        return "ufficio-" + officeCode.replace('.', '-');
    }
}
