package it.cciaa.organigramma.synthetic;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One edition of a synthetic chamber: the date it takes effect, the text of its Allegato C and what it changed.
 *
 * <p>{@code changes} and {@code successors} are relative to the chamber's previous edition; for edition 1, to the
 * Foggia document it derives from. {@code successors} maps every office code of that previous document to the code
 * that carries it on here: the same code when the office is unchanged, renamed or requalified, or gave part of its
 * activities to a split-off office; the new code when it moved or was renumbered; the absorbing office's code when it
 * was merged. A removed office has no successor. {@code offices} gives every office of this edition by code, with
 * the name its block heading prints.
 *
 * @param number 1 for the chamber's first edition
 */
public record SyntheticEdition(int number, LocalDate date, String text, List<Change> changes,
        SortedMap<String, String> offices, Map<String, String> successors) {

    public SyntheticEdition {
        changes = List.copyOf(changes);
        SortedMap<String, String> sortedOffices = new TreeMap<>(Codes.NATURAL_ORDER);
        sortedOffices.putAll(offices);
        offices = Collections.unmodifiableSortedMap(sortedOffices);
        successors = Collections.unmodifiableMap(new LinkedHashMap<>(successors));
    }

    /** The file name of the edition in a generated folder: its date, {@code 2025-01-01.txt}. */
    public String fileName() {
        return date + ".txt";
    }

    /** The text as UTF-8, as the importer reads it. */
    public byte[] bytes() {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The code that carries on office {@code previousCode} of the previous document; empty when it was removed. */
    public Optional<String> successorOf(String previousCode) {
        return Optional.ofNullable(successors.get(previousCode));
    }

    /** The changes of one kind. */
    public List<Change> changes(ChangeKind kind) {
        return changes.stream().filter(change -> change.kind() == kind).toList();
    }

    /** The unit slug the importer gives an office of this edition: {@code ufficio-3-5} for 3.5. */
    public static String unitSlug(String officeCode) {
        return Codes.officeSlug(officeCode);
    }
}
