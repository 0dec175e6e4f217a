package it.cciaa.organigramma.text;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Dates as an Italian reader writes them in full: "15 marzo 2025", and "1° gennaio 2025" for the first day of a month
 * (the ordinal Italian usage keeps for it).
 */
public final class ItalianDates {
    private static final DateTimeFormatter MONTH_AND_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ITALIAN);

    private ItalianDates() {}

    /** The date in words; null stays null. */
    public static String inWords(LocalDate date) {
        if (date == null) {
            return null;
        }
        return (date.getDayOfMonth() == 1 ? "1°" : String.valueOf(date.getDayOfMonth())) + " "
                + date.format(MONTH_AND_YEAR);
    }

    /** An ISO date ({@code 2025-01-01}, or the start of a date-time) in words; other text unchanged; null for null. */
    public static String inWords(String isoDate) {
        if (isoDate == null) {
            return null;
        }
        try {
            return inWords(LocalDate.parse(isoDate.substring(0, Math.min(10, isoDate.length()))));
        } catch (DateTimeParseException notIso) {
            return isoDate;
        }
    }
}
