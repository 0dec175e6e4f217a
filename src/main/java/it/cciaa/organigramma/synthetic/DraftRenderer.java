package it.cciaa.organigramma.synthetic;

import it.cciaa.organigramma.ingest.Qualifier;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a draft as the text of an Allegato C: what no change touched as the source wrote it, the rest in the
 * document's own layout (tab-separated tables, one row per activity, footnotes defining the asterisk markers).
 */
final class DraftRenderer {
    private static final Pattern CHAMBER_LINE = Pattern.compile("^\\**(CCIAA|Camera di commercio)\\b.*",
            Pattern.CASE_INSENSITIVE);
    private static final String DASH = " – ";
    private static final Map<String, String> FUNCTIONS = Map.of(
            "A", "GOVERNO CAMERALE",
            "B", "PROCESSI DI SUPPORTO",
            "C", "TRASPARENZA, SEMPLIFICAZIONE E TUTELA",
            "D", "SVILUPPO DELLA COMPETITIVITÀ",
            "E", "MAGGIORAZIONE DIRITTO ANNUALE",
            "F", "ALTRI SERVIZI CAMERALI");
    private static final Map<Qualifier, String> MARKERS = Map.of(
            Qualifier.PER_QUANTO_DI_COMPETENZA, "*",
            Qualifier.CON_SUPPORTO_ALTRE_UO, "**",
            Qualifier.FRONT_OFFICE, "***");
    private static final Map<Qualifier, String> FOOTNOTES = Map.of(
            Qualifier.PER_QUANTO_DI_COMPETENZA, "attività da svolgersi per quanto di competenza",
            Qualifier.CON_SUPPORTO_ALTRE_UO, "attività per la quale l'U.O. si avvale del supporto delle ulteriori "
                    + "Unità Organizzative a cui sono assegnati i processi di specifica competenza",
            Qualifier.FRONT_OFFICE, "attività di front office in Sportelli Polifunzionali e Innovativi");

    private final List<String> out = new ArrayList<>();

    private DraftRenderer() {}

    /** The document of {@code chamberName}, with {@code notice} on the line under the chamber's name. */
    static String render(Draft draft, String chamberName, String notice) {
        DraftRenderer renderer = new DraftRenderer();
        renderer.preamble(draft.preambleLines(), chamberName, notice);
        renderer.block(draft.staffLines());
        for (DraftServizio servizio : draft.servizi()) {
            renderer.servizio(servizio);
            for (DraftOffice office : servizio.offices()) {
                renderer.office(draft, servizio, office);
            }
        }
        return String.join("\n", renderer.out) + "\n";
    }

    private void preamble(List<String> lines, String chamberName, String notice) {
        boolean named = false;
        for (String line : lines) {
            if (!named && CHAMBER_LINE.matcher(line.strip()).matches()) {
                out.add(chamberName);
                out.add("");
                out.add(notice);
                named = true;
            } else {
                out.add(line);
            }
        }
        if (!named) {
            throw new IllegalStateException("the source's preamble does not name its chamber");
        }
    }

    private void block(List<String> lines) {
        out.addAll(lines);
        out.add("");
    }

    private void servizio(DraftServizio servizio) {
        block(servizio.sectionLines());
        if (servizio.listAsWritten().isPresent()) {
            block(servizio.listAsWritten().get());
            return;
        }
        for (DraftOffice office : servizio.offices()) {
            out.add(office.listLineAsWritten().orElseGet(() -> heading(office)));
            out.add("");
        }
    }

    private void office(Draft draft, DraftServizio servizio, DraftOffice office) {
        block(office.contextAsWritten().orElseGet(() -> List.of("**" + servizio.areaHeading(),
                "SERVIZIO " + servizio.numeral() + "**")));
        out.add(office.headingAsWritten().orElseGet(() -> heading(office)));
        out.add("");
        block(office.bodyAsWritten().orElseGet(() -> body(draft, office.content())));
    }

    private static String heading(DraftOffice office) {
        return "Ufficio " + office.code() + DASH + office.name();
    }

    /** The FUNZIONE table, the SERVIZIO/AMBITO table and the footnotes of the markers it uses. */
    private static List<String> body(Draft draft, OfficeContent content) {
        List<String> lines = new ArrayList<>(functionTable(draft, content));
        lines.add("");
        lines.addAll(activityTable(draft, content));
        return lines;
    }

    /** One row per declared process: function and theme written on the first row they head. */
    private static List<String> functionTable(Draft draft, OfficeContent content) {
        List<String> lines = new ArrayList<>();
        lines.add("FUNZIONE ISTITUZIONALE ex DPR 254/05\tTEMA (MACRO PROCESSI) LIV 1\tFUNZIONI (PROCESSI) PRESIDATE LIV 2");
        String function = null;
        String theme = null;
        for (String code : declaredWithThemes(content)) {
            boolean isTheme = !code.contains(".");
            String codeTheme = isTheme ? code : code.substring(0, code.indexOf('.'));
            String letter = codeTheme.substring(0, 1);
            String functionCell = letter.equals(function) ? "" : FUNCTIONS.get(letter);
            function = letter;
            if (isTheme) {
                lines.add(functionCell + "\t" + cell(draft, code) + "\t");
            } else {
                boolean themeDeclared = content.declared().contains(codeTheme);
                String themeCell = codeTheme.equals(theme) || !themeDeclared ? "" : cell(draft, codeTheme);
                lines.add(functionCell + "\t" + themeCell + "\t" + cell(draft, code));
            }
            theme = codeTheme;
        }
        return lines;
    }

    /** One row per activity, its sub-process written on the first row of each; then the footnotes of its markers. */
    private static List<String> activityTable(Draft draft, OfficeContent content) {
        List<String> lines = new ArrayList<>();
        lines.add("SERVIZIO/AMBITO (Sotto-Processi) di Competenza LIV 3\tATTIVITA' (azioni) di Competenza LIV 4");
        Set<Qualifier> used = EnumSet.noneOf(Qualifier.class);
        String subProcess = null;
        for (Activity activity : content.activities()) {
            String subProcessCell = activity.subProcess().equals(subProcess) ? "" : cell(draft, activity.subProcess());
            subProcess = activity.subProcess();
            String marker = activity.qualifier().map(MARKERS::get).map(m -> " " + m).orElse("");
            activity.qualifier().ifPresent(used::add);
            lines.add(subProcessCell + "\t" + activity.code() + " " + activity.label() + marker);
        }
        for (Qualifier qualifier : used) {
            lines.add("");
            lines.add(MARKERS.get(qualifier) + " " + FOOTNOTES.get(qualifier));
        }
        return lines;
    }

    /**
     * The declared processes, and the declared themes that have no declared process (each on a row of its own): a
     * theme with processes is written in the second column of its first process's row.
     */
    private static List<String> declaredWithThemes(OfficeContent content) {
        List<String> codes = new ArrayList<>();
        for (String code : content.declared()) {
            String theme = code.contains(".") ? code.substring(0, code.indexOf('.')) : code;
            boolean hasProcesses = content.declared().stream().anyMatch(c -> c.startsWith(theme + "."));
            if (code.contains(".") || !hasProcesses) {
                codes.add(code);
            }
        }
        return codes;
    }

    private static String cell(Draft draft, String code) {
        String label = draft.label(code);
        return label.isEmpty() ? code : code + " " + label;
    }
}
