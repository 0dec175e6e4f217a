package it.cciaa.organigramma.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the legal references in a piece of Italian administrative text ("ex L. 689/81", "D. Lgs. 81/2008"). */
public final class LawRecognizer {

    /** A reference found in a text, with the words as written. */
    public record Found(LawReference reference, String textAsWritten) {}

    private static final String ARTICLE = "(?:(?:ex\\s+)?art\\.?\\s*(\\d+)\\s+)?";
    private static final String NUMBER = "(?:n\\.\\s*)?(\\d+)\\s*/\\s*(\\d{2,4})";
    private static final Pattern ACT = Pattern.compile(
            ARTICLE + "\\b(?:(D\\.?\\s?P\\.?\\s?R\\.?)|(D\\.\\s?Lgs\\.?|D\\.?Lgs\\.?|Decreto\\s+legislativo)"
                    + "|(D\\.?\\s?L\\.?|Decreto[- ]legge)|(L\\.|legge))\\s*" + NUMBER,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EU_REGULATION = Pattern.compile(
            "Reg(?:olamento|\\.)\\s*\\(?UE\\)?\\s*(?:n\\.\\s*)?(\\d{4})\\s*/\\s*(\\d+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern LONE_ARTICLE = Pattern.compile("(?:ex\\s+)?art\\.\\s*(\\d+)", Pattern.CASE_INSENSITIVE);

    private LawRecognizer() {}

    /** Every reference in {@code text}, in order of appearance. */
    public static List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        List<int[]> taken = new ArrayList<>();
        Matcher act = ACT.matcher(text);
        while (act.find()) {
            LawReference.Kind kind = act.group(2) != null ? LawReference.Kind.DPR
                    : act.group(3) != null ? LawReference.Kind.DECRETO_LEGISLATIVO
                    : act.group(4) != null ? LawReference.Kind.DECRETO_LEGGE
                    : LawReference.Kind.LEGGE;
            Optional<Integer> article = Optional.ofNullable(act.group(1)).map(Integer::valueOf);
            found.add(new Found(new LawReference(Optional.of(kind), fullYear(act.group(7)),
                    Integer.parseInt(act.group(6)), article), act.group().strip()));
            taken.add(new int[] {act.start(), act.end()});
        }
        Matcher eu = EU_REGULATION.matcher(text);
        while (eu.find()) {
            found.add(new Found(new LawReference(Optional.of(LawReference.Kind.REGOLAMENTO_UE),
                    Integer.parseInt(eu.group(1)), Integer.parseInt(eu.group(2)), Optional.empty()), eu.group().strip()));
            taken.add(new int[] {eu.start(), eu.end()});
        }
        Matcher lone = LONE_ARTICLE.matcher(text);
        while (lone.find()) {
            int start = lone.start();
            if (taken.stream().noneMatch(span -> start >= span[0] && start < span[1])) {
                found.add(new Found(new LawReference(Optional.empty(), 0, 0,
                        Optional.of(Integer.valueOf(lone.group(1)))), lone.group().strip()));
            }
        }
        return found;
    }

    /** "81" is 1981 and "05" is 2005: two-digit years up to 30 are this century. */
    static int fullYear(String digits) {
        int year = Integer.parseInt(digits);
        if (digits.length() == 4) {
            return year;
        }
        return year <= 30 ? 2000 + year : 1900 + year;
    }
}
