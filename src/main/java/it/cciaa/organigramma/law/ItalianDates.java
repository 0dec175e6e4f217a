package it.cciaa.organigramma.law;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Dates of acts as an Italian reader writes them: "24 novembre 1981". */
final class ItalianDates {
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ITALIAN);

    private ItalianDates() {}

    /** The date in words, the text unchanged when it is not an ISO date, null for null. */
    static String format(String isoDate) {
        if (isoDate == null) {
            return null;
        }
        try {
            return LocalDate.parse(isoDate).format(LONG);
        } catch (DateTimeParseException notIso) {
            return isoDate;
        }
    }
}
