package it.cciaa.organigramma.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Names that documents print in capitals ("CCIAA di FOGGIA"), as people read them ("CCIAA di Foggia"). */
public final class PrintedNames {
    /** A word printed in capitals ("FOGGIA", "L'AQUILA", "FORLÌ-CESENA"): capitals, apostrophes and hyphens only. */
    private static final Pattern CAPITALS = Pattern.compile("(?<!\\p{L})\\p{Lu}[\\p{Lu}'’\\-]*(?!\\p{L})");
    /** The linking words a name keeps in lower case, whole or elided before an apostrophe ("dell'"). */
    private static final Set<String> LOWER_CASE = Set.of("di", "del", "della", "dei", "delle", "degli", "e", "ed",
            "in", "d'", "dell'", "dall'", "nell'", "sull'", "all'");

    private PrintedNames() {}

    /**
     * The name with the words it prints in capitals after its first in title case, its linking words ("DI", "DELLA",
     * "E") in lower case: "CCIAA di FOGGIA" is "CCIAA di Foggia", "CCIAA di FORLÌ-CESENA" "CCIAA di Forlì-Cesena",
     * "CCIAA DELL'AQUILA"… Its first word (the kind of body, "CCIAA") and words already in mixed case stay as they are.
     */
    public static String readable(String name) {
        int firstSpace = name.indexOf(' ');
        if (firstSpace < 0) {
            return name;
        }
        Matcher words = CAPITALS.matcher(name);
        StringBuilder out = new StringBuilder();
        while (words.find()) {
            String word = words.group();
            String replacement = words.start() < firstSpace ? word : titleCase(word);
            words.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        words.appendTail(out);
        return out.toString();
    }

    private static String titleCase(String word) {
        String lower = word.toLowerCase(Locale.ITALIAN);
        if (LOWER_CASE.contains(lower)) {
            return lower;
        }
        StringBuilder out = new StringBuilder(lower.length());
        boolean start = true;
        for (char c : lower.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == '\'' || c == '’' || c == '-';
        }
        int apostrophe = Math.max(lower.indexOf('\''), lower.indexOf('’'));
        if (apostrophe > 0 && LOWER_CASE.contains(lower.substring(0, apostrophe) + "'")) {
            out.replace(0, apostrophe, lower.substring(0, apostrophe)); // "dell'Aquila"
        }
        return out.toString();
    }
}
