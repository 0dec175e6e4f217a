package it.cciaa.organigramma.ingest;

import it.cciaa.organigramma.ingest.AllegatoDocument.Anomaly;
import it.cciaa.organigramma.ingest.AllegatoDocument.Citation;
import it.cciaa.organigramma.ingest.AllegatoDocument.Competence;
import it.cciaa.organigramma.ingest.AllegatoDocument.Declaration;
import it.cciaa.organigramma.ingest.AllegatoDocument.Footnote;
import it.cciaa.organigramma.ingest.AllegatoDocument.Mention;
import it.cciaa.organigramma.ingest.AllegatoDocument.SourceLine;
import it.cciaa.organigramma.ingest.AllegatoDocument.Unit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text of an Allegato C ("Organigramma con articolazione degli uffici per competenze, funzioni e
 * responsabilità") into an {@link AllegatoDocument}.
 *
 * <p>The reader is a line-by-line state machine. Headings open unit blocks; a FUNZIONE table lists the processes a
 * unit declares; a SERVIZIO/AMBITO table lists its activities; asterisk lines after it are the section's footnotes.
 * Cells are classified by the code they start with, not by the column they sit in, so that cells in the wrong column
 * are still attributed to their unit; every such repair is recorded as an anomaly. Every non-blank line becomes a
 * source record: none is dropped silently.
 *
 * <pre>{@code
 * AllegatoDocument document = new AllegatoParser().parse(DocumentText.decode(bytes).lines());
 * }</pre>
 */
public final class AllegatoParser {

    private static final String DASH = "\\s*[-–—]\\s*";
    private static final Pattern STAFF = Pattern.compile("^UFFICIO" + DASH + "(.+)$");
    private static final Pattern AREA = Pattern.compile("^AREA\\s+([A-Z0-9]+)" + DASH + "(.+)$");
    private static final Pattern SERVIZIO =
            Pattern.compile("^(?:SERVIZIO|Servizio)\\s+([IVXL]+)\\b(?:" + DASH + "(.+))?$");
    private static final Pattern UFFICIO = Pattern.compile("^(?:Ufficio|UFFICIO)\\s+(\\d+\\.\\d+)" + DASH + "(.+)$");
    private static final Pattern ENTE = Pattern.compile("^(?:CCIAA|Camera di commercio)\\b.*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern MARKUP = Pattern.compile("^[-|:\\s]+$");
    private static final Pattern TRAILING_MARKER = Pattern.compile("\\s*(\\*+)\\s*$");
    private static final Pattern QUALIFIER_SUFFIX =
            Pattern.compile("\\s*\\((per quanto di competenza)\\)\\s*$", Pattern.CASE_INSENSITIVE);

    private enum Mode { PREAMBLE, CONTEXT, DESCRIPTION, HEADER, OFFICE_LIST, DETAIL, FOOTNOTES }

    /** A table cell being read; its text may still grow when the cell wraps onto the next line. */
    private static final class Cell {
        final int line;
        final int column;
        final ProcessCode code;
        final String section;
        String text;
        Cell(int line, int column, ProcessCode code, String text, String section) {
            this.line = line;
            this.column = column;
            this.code = code;
            this.text = text;
            this.section = section;
        }
    }

    private static final class UnitBuilder {
        final String slug;
        final UnitKind kind;
        final Optional<String> code;
        String name;
        final Set<String> variants = new LinkedHashSet<>();
        final List<String> paragraphs = new ArrayList<>();
        String parentSlug;
        final Set<Integer> lines = new LinkedHashSet<>();
        boolean hasBlock;
        int listedAt;
        UnitBuilder(String slug, UnitKind kind, Optional<String> code, String name, String parentSlug) {
            this.slug = slug;
            this.kind = kind;
            this.code = code;
            this.name = name;
            this.parentSlug = parentSlug;
        }

        /** The name in the unit's own block heading is the one adopted; others met before become variants. */
        void nameFromHeading(String headingName) {
            if (headingName == null || hasBlock) {
                return;
            }
            if (name != null && !name.equals(headingName)) {
                variants.add(name);
            }
            variants.remove(headingName);
            name = headingName;
        }
    }

    // What has been read so far.
    private final Map<String, UnitBuilder> units = new LinkedHashMap<>();
    private final List<Cell> headerCells = new ArrayList<>();
    private final List<Cell> detailCells = new ArrayList<>();
    private final Map<String, Declaration> declarations = new LinkedHashMap<>();
    private final List<Footnote> footnotes = new ArrayList<>();
    private final List<Citation> citations = new ArrayList<>();
    private final List<Anomaly> anomalies = new ArrayList<>();
    private final Map<Integer, SourceLine> records = new TreeMap<>();
    private final Map<Integer, Optional<Qualifier>> declarationQualifiers = new LinkedHashMap<>();

    // Where the reader is.
    private List<String> lines;
    private Mode mode = Mode.PREAMBLE;
    private String enteName;
    private int enteLine;
    private boolean titleSeen;
    private String enteSlug;
    private String area;
    private String servizio;
    private String block;
    private String functionInEffect;
    private String themeInEffect;
    private Cell pendingSubProcess;
    private Cell lastActivity;
    private int lastBlockHeadingLine;
    private boolean anyTable;

    /** Parses the lines of a document. One parser reads one document. */
    public AllegatoDocument parse(List<String> documentLines) throws AllegatoFormatException {
        this.lines = documentLines;
        for (int index = 0; index < lines.size(); index++) {
            String raw = lines.get(index);
            if (!raw.isBlank()) {
                read(index + 1, raw);
            }
        }
        checkComplete();
        return build();
    }

    private void read(int line, String raw) throws AllegatoFormatException {
        String text = raw.strip();
        String heading = stripEmphasis(text);
        Matcher m;
        if (mode == Mode.PREAMBLE && enteName == null) {
            readPreamble(line, raw, text);
            return;
        }
        if (mode == Mode.PREAMBLE && heading.startsWith("Organigramma")) {
            record(line, raw);
            return;
        }
        if ((m = STAFF.matcher(heading)).matches()) {
            String name = m.group(1).strip();
            openBlock(line, raw, unit("staff-" + slug(name), UnitKind.STAFF, Optional.empty(), name, enteSlug, line));
            mode = Mode.DESCRIPTION;
        } else if ((m = AREA.matcher(heading)).matches()) {
            record(line, raw);
            area = unit("area-" + m.group(1).toLowerCase(), UnitKind.AREA, Optional.of(m.group(1)),
                    m.group(2).strip(), enteSlug, line).slug;
            servizio = null;
            block = null;
            mode = Mode.CONTEXT;
        } else if ((m = SERVIZIO.matcher(heading)).matches()) {
            readServizio(line, raw, m);
        } else if ((m = UFFICIO.matcher(heading)).matches()) {
            readUfficio(line, raw, m);
        } else if (text.startsWith("FUNZIONE ISTITUZIONALE")) {
            requireBlock(line, "FUNZIONE ISTITUZIONALE");
            record(line, raw);
            citeLaws(line, text, Optional.empty(), Optional.of(block));
            functionInEffect = null;
            themeInEffect = null;
            anyTable = true;
            mode = Mode.HEADER;
        } else if (text.startsWith("SERVIZIO/AMBITO")) {
            requireBlock(line, "SERVIZIO/AMBITO");
            record(line, raw);
            pendingSubProcess = null;
            lastActivity = null;
            anyTable = true;
            mode = Mode.DETAIL;
        } else if (MARKUP.matcher(text).matches()) {
            record(line, raw);
            anomaly(line, AnomalyKind.MARKUP_RESIDUE, text, Optional.empty(), Optional.empty(), Optional.empty(),
                    "Riga di impaginazione della tabella («%s»), ignorata.".formatted(text),
                    "Table layout line («%s») ignored.".formatted(text));
        } else if (text.startsWith("*") && (mode == Mode.DETAIL || mode == Mode.FOOTNOTES)) {
            readFootnote(line, raw, text);
            mode = Mode.FOOTNOTES;
        } else if (mode == Mode.HEADER) {
            readHeaderRow(line, raw);
        } else if (mode == Mode.DETAIL) {
            readDetailRow(line, raw);
        } else if (mode == Mode.DESCRIPTION && !raw.contains("\t")) {
            record(line, raw);
            units.get(block).paragraphs.add(text);
            citeLaws(line, text, Optional.empty(), Optional.of(block));
        } else {
            unrecognised(line, raw);
        }
    }

    private void readPreamble(int line, String raw, String text) throws AllegatoFormatException {
        String heading = stripEmphasis(text);
        if (heading.equalsIgnoreCase("ALLEGATO C")) {
            titleSeen = true;
            record(line, raw);
        } else if (titleSeen && ENTE.matcher(heading).matches()) {
            enteName = heading;
            enteLine = line;
            enteSlug = "ente";
            record(line, raw);
            UnitBuilder ente = new UnitBuilder(enteSlug, UnitKind.ENTE, Optional.empty(), heading, null);
            ente.lines.add(line);
            units.put(enteSlug, ente);
        } else {
            throw titleSeen
                    ? new AllegatoFormatException(line, "atteso il nome dell'ente (\"CCIAA di …\") dopo il titolo, "
                            + "trovato \"" + shorten(text) + "\"", "expected the chamber's name (\"CCIAA di …\") after "
                            + "the title, found \"" + shorten(text) + "\"")
                    : new AllegatoFormatException(line, "non è un organigramma Allegato C: atteso il titolo \"ALLEGATO "
                            + "C\", trovato \"" + shorten(text) + "\"", "not an Allegato C organigram: expected the title "
                            + "\"ALLEGATO C\", found \"" + shorten(text) + "\"");
        }
    }

    private void readServizio(int line, String raw, Matcher m) throws AllegatoFormatException {
        if (area == null) {
            throw new AllegatoFormatException(line, "un Servizio fuori da ogni AREA: \"" + shorten(raw.strip()) + "\"",
                    "a Servizio outside any AREA: \"" + shorten(raw.strip()) + "\"");
        }
        String numeral = m.group(1);
        String name = m.group(2) == null ? null : m.group(2).strip();
        UnitBuilder unit = unit("servizio-" + numeral.toLowerCase(), UnitKind.SERVIZIO, Optional.of(numeral), name,
                area, line);
        servizio = unit.slug;
        if (!unit.parentSlug.equals(area)) {
            parentConflict(line, unit, area);
        }
        if (opensBlock(line)) {
            openBlock(line, raw, unit);
            mode = Mode.DESCRIPTION;
        } else {
            record(line, raw);
            block = null;
            mode = Mode.CONTEXT;
        }
    }

    private void readUfficio(int line, String raw, Matcher m) throws AllegatoFormatException {
        if (servizio == null) {
            throw new AllegatoFormatException(line, "un Ufficio fuori da ogni SERVIZIO: \"" + shorten(raw.strip())
                    + "\"", "an Ufficio outside any SERVIZIO: \"" + shorten(raw.strip()) + "\"");
        }
        String code = m.group(1);
        String slug = "ufficio-" + code.replace('.', '-');
        boolean known = units.containsKey(slug);
        UnitBuilder unit = unit(slug, UnitKind.UFFICIO, Optional.of(code), m.group(2).strip(), servizio, line);
        if (known && !unit.parentSlug.equals(servizio)) {
            parentConflict(line, unit, servizio);
        }
        if (opensBlock(line)) {
            openBlock(line, raw, unit);
            mode = Mode.DESCRIPTION;
        } else {
            record(line, raw);
            if (unit.listedAt == 0) {
                unit.listedAt = line;
            }
            mode = Mode.OFFICE_LIST;
        }
    }

    /** A heading opens a block when a mission paragraph or a table follows it, not another heading. */
    private boolean opensBlock(int line) {
        for (int i = line; i < lines.size(); i++) {
            String next = stripEmphasis(lines.get(i).strip());
            if (next.isEmpty()) {
                continue;
            }
            return !(AREA.matcher(next).matches() || SERVIZIO.matcher(next).matches()
                    || UFFICIO.matcher(next).matches() || STAFF.matcher(next).matches());
        }
        return false;
    }

    private void openBlock(int line, String raw, UnitBuilder unit) {
        record(line, raw);
        unit.nameFromHeading(nameOnLine(stripEmphasis(raw.strip())));
        if (unit.hasBlock) {
            anomaly(line, AnomalyKind.UNRECOGNISED_LINE, raw.strip(), Optional.empty(), Optional.empty(),
                    Optional.of(unit.slug), "Seconda sezione per la stessa unità: le righe seguenti si sommano alla prima.",
                    "A second block for the same unit: what follows adds to the first.");
        }
        unit.hasBlock = true;
        block = unit.slug;
        functionInEffect = null;
        lastBlockHeadingLine = line;
        records.put(line, new SourceLine(line, raw, Optional.of(block)));
    }

    /** The name part of a heading line ("Ufficio 2.1 – NAME"), or null when the heading has none. */
    private static String nameOnLine(String heading) {
        for (Pattern pattern : List.of(STAFF, UFFICIO, SERVIZIO)) {
            Matcher m = pattern.matcher(heading);
            if (m.matches()) {
                String name = m.group(m.groupCount());
                return name == null ? null : name.strip();
            }
        }
        return null;
    }

    private void requireBlock(int line, String table) throws AllegatoFormatException {
        if (block == null) {
            throw new AllegatoFormatException(line, "una tabella " + table + " che non appartiene ad alcuna unità "
                    + "(nessuna intestazione di Ufficio o Servizio prima)", "a " + table + " table that belongs to no "
                    + "unit (no Ufficio or Servizio heading before it)");
        }
    }

    // ---- FUNZIONE | TEMA LIV 1 | PROCESSI LIV 2 ----

    private void readHeaderRow(int line, String raw) {
        String[] columns = raw.split("\t", -1);
        boolean anyCell = false;
        for (int column = 0; column < columns.length; column++) {
            String cellText = columns[column].strip();
            if (cellText.isEmpty()) {
                continue;
            }
            anyCell = true;
            Optional<ProcessCode> code = ProcessCode.read(cellText);
            if (code.isPresent()) {
                readHeaderCode(line, column, code.get());
            } else if (column == 0) {
                functionInEffect = InstitutionalFunction.letterOf(cellText).orElse(null);
                if (functionInEffect == null) {
                    anomaly(line, AnomalyKind.FUNCTION_MISALIGNED, cellText, Optional.empty(), Optional.empty(),
                            Optional.empty(), "Funzione istituzionale non riconosciuta: «%s».".formatted(cellText),
                            "Unrecognised institutional function: «%s».".formatted(cellText));
                }
            } else if (!continueCell(line, raw, column, cellText, headerCells)) {
                unrecognisedCell(line, column, cellText);
            }
        }
        if (anyCell) {
            record(line, raw);
        }
    }

    private void readHeaderCode(int line, int column, ProcessCode code) {
        malformed(line, code);
        int expectedColumn = code.level() == 1 ? 1 : 2;
        if (column != expectedColumn || code.level() > 2) {
            anomaly(line, AnomalyKind.CELL_IN_WRONG_COLUMN, code.asWritten(), Optional.of(code.canonical()),
                    Optional.of(code.canonical()), Optional.empty(),
                    "Codice %s di livello %d nella colonna %d della tabella FUNZIONE/TEMA/PROCESSI: attribuito comunque all'unità."
                            .formatted(code.canonical(), code.level(), column + 1),
                    "Level-%d code %s in column %d of the FUNCTION/THEME/PROCESS table: still attributed to the unit."
                            .formatted(code.level(), code.canonical(), column + 1));
        }
        if (code.level() == 1) {
            if (functionInEffect != null && !functionInEffect.equals(code.functionLetter())) {
                anomaly(line, AnomalyKind.FUNCTION_MISALIGNED, InstitutionalFunction.labelOf(functionInEffect),
                        Optional.of(InstitutionalFunction.labelOf(code.functionLetter())), Optional.of(code.canonical()),
                        Optional.empty(),
                        "Il tema %s è affiancato alla funzione «%s», ma per la sua lettera appartiene a «%s»."
                                .formatted(code.canonical(), InstitutionalFunction.labelOf(functionInEffect),
                                        InstitutionalFunction.labelOf(code.functionLetter())),
                        "Theme %s sits beside the function «%s», but its letter makes it «%s»."
                                .formatted(code.canonical(), InstitutionalFunction.labelOf(functionInEffect),
                                        InstitutionalFunction.labelOf(code.functionLetter())));
            }
        }
        if (code.level() == 1) {
            themeInEffect = code.canonical();
        } else if (code.level() == 2 && themeInEffect != null && !code.parent().orElseThrow().equals(themeInEffect)) {
            anomaly(line, AnomalyKind.ROW_MISALIGNED, code.canonical(), Optional.of(code.parent().orElseThrow()),
                    Optional.of(code.canonical()), Optional.empty(),
                    "Il processo %s è sulla riga del tema %s, ma appartiene al tema %s: la tabella è disallineata."
                            .formatted(code.canonical(), themeInEffect, code.parent().orElseThrow()),
                    "Process %s is on the row of theme %s but belongs to theme %s: the table is out of line."
                            .formatted(code.canonical(), themeInEffect, code.parent().orElseThrow()));
        }
        headerCells.add(new Cell(line, column, code, code.rest(), block));
        if (code.level() <= 2) {
            String key = block + "|" + code.canonical();
            if (declarations.containsKey(key)) {
                duplicate(new Cell(line, column, code, code.rest(), block));
            } else {
                declarations.put(key, new Declaration(block, code, Optional.empty(), line));
            }
        }
    }

    // ---- SERVIZIO/AMBITO LIV 3 | ATTIVITA' LIV 4 ----

    private void readDetailRow(int line, String raw) {
        String[] columns = raw.split("\t", -1);
        boolean anyCell = false;
        for (int column = 0; column < columns.length; column++) {
            String cellText = columns[column].strip();
            if (cellText.isEmpty()) {
                continue;
            }
            anyCell = true;
            Optional<ProcessCode> read = ProcessCode.read(cellText);
            if (read.isEmpty()) {
                if (!continueCell(line, raw, column, cellText, detailCells)) {
                    unrecognisedCell(line, column, cellText);
                }
                continue;
            }
            ProcessCode code = read.get();
            malformed(line, code);
            Cell cell = new Cell(line, column, code, code.rest(), block);
            detailCells.add(cell);
            if (code.level() == 3) {
                if (column != 0) {
                    wrongColumn(line, code, column, "SERVIZIO/AMBITO");
                }
                pendingSubProcess = cell;
            } else if (code.level() == 4) {
                if (column == 0) {
                    if (pendingSubProcess != null && pendingSubProcess.line != line) {
                        anomaly(line, AnomalyKind.MISSING_SEPARATOR, raw.strip(), Optional.of(code.canonical()),
                                Optional.of(code.canonical()), Optional.empty(),
                                "L'attività %s è andata a capo senza separatore dopo il sotto-processo della riga %d: letta come la stessa riga."
                                        .formatted(code.canonical(), pendingSubProcess.line),
                                "Activity %s lost its separator and fell below its sub-process (line %d): read as the same row."
                                        .formatted(code.canonical(), pendingSubProcess.line));
                    } else {
                        wrongColumn(line, code, column, "SERVIZIO/AMBITO");
                    }
                }
                pendingSubProcess = null;
                lastActivity = cell;
            } else {
                wrongColumn(line, code, column, "SERVIZIO/AMBITO");
            }
        }
        if (anyCell) {
            record(line, raw);
        }
    }

    private void wrongColumn(int line, ProcessCode code, int column, String table) {
        anomaly(line, AnomalyKind.CELL_IN_WRONG_COLUMN, code.asWritten(), Optional.of(code.canonical()),
                Optional.of(code.canonical()), Optional.empty(),
                "Codice %s di livello %d nella colonna %d della tabella %s: attribuito comunque all'unità."
                        .formatted(code.canonical(), code.level(), column + 1, table),
                "Level-%d code %s in column %d of the %s table: still attributed to the unit."
                        .formatted(code.level(), code.canonical(), column + 1, table));
    }

    /** A cell with no code, under a cell of the row above: the text of that cell, wrapped onto this line. */
    private boolean continueCell(int line, String raw, int column, String text, List<Cell> cells) {
        Cell above = null;
        for (int i = cells.size() - 1; i >= 0 && above == null; i--) {
            Cell candidate = cells.get(i);
            if (candidate.section.equals(block) && (candidate.column == column
                    || (candidate == lastActivity && column >= 1))) {
                above = candidate;
            }
        }
        if (above == null) {
            return false;
        }
        above.text = above.text.strip() + " " + text;
        SourceLine first = records.get(above.line);
        records.put(above.line, new SourceLine(above.line, first.rawText() + "\n" + raw, first.sectionSlug()));
        anomaly(line, AnomalyKind.WRAPPED_CELL, text, Optional.of(above.code.canonical()),
                Optional.of(above.code.canonical()), Optional.empty(),
                "Il testo «%s» continua la cella di %s della riga %d.".formatted(text, above.code.canonical(), above.line),
                "The text «%s» continues the cell of %s on line %d.".formatted(text, above.code.canonical(), above.line));
        return true;
    }

    private void unrecognisedCell(int line, int column, String text) {
        anomaly(line, AnomalyKind.UNRECOGNISED_LINE, text, Optional.empty(), Optional.empty(), Optional.empty(),
                "Cella senza codice nella colonna %d, non attribuibile: «%s».".formatted(column + 1, shorten(text)),
                "A cell with no code in column %d that could not be attributed: «%s».".formatted(column + 1, shorten(text)));
    }

    // ---- Footnotes ----

    private void readFootnote(int line, String raw, String text) {
        record(line, raw);
        int stars = 0;
        while (stars < text.length() && text.charAt(stars) == '*') {
            stars++;
        }
        String written = text.substring(stars).strip();
        boolean italics = written.endsWith("*"); // markdown italics: "*text*" adds one star before and one after
        String body = italics ? written.replaceAll("\\*+$", "").strip() : written;
        int markerLength = italics ? Math.max(1, stars - 1) : stars;
        String marker = "*".repeat(markerLength);
        Optional<Qualifier> qualifier = Qualifier.definedBy(body);
        Optional<String> extra = qualifier.flatMap(q -> extraText(q, body));
        if (qualifier.isEmpty()) {
            anomaly(line, AnomalyKind.UNKNOWN_FOOTNOTE, body, Optional.empty(), Optional.empty(), Optional.empty(),
                    "La nota «%s» non definisce una modalità di presidio nota.".formatted(shorten(body)),
                    "The footnote «%s» defines no known qualifier.".formatted(shorten(body)));
        }
        footnotes.add(new Footnote(block, text.substring(0, stars), marker, body, qualifier, extra, line));
    }

    /** What a footnote says beyond its standard definition, e.g. "per le attività concernenti il PIRA …". */
    private static Optional<String> extraText(Qualifier qualifier, String body) {
        String lower = body.toLowerCase();
        String end = switch (qualifier) {
            case PER_QUANTO_DI_COMPETENZA -> "per quanto di competenza";
            case CON_SUPPORTO_ALTRE_UO -> "specifica competenza";
            case FRONT_OFFICE -> "innovativi";
        };
        int at = lower.indexOf(end);
        if (at < 0) {
            return Optional.empty();
        }
        String rest = body.substring(at + end.length()).replaceFirst("^[\\s,.;:]+", "").strip();
        return rest.isEmpty() ? Optional.empty() : Optional.of(rest);
    }

    // ---- Helpers that record what was read ----

    private UnitBuilder unit(String slug, UnitKind kind, Optional<String> code, String name, String parent, int line) {
        UnitBuilder unit = units.get(slug);
        if (unit == null) {
            unit = new UnitBuilder(slug, kind, code, name, parent);
            units.put(slug, unit);
        } else if (name != null) {
            if (unit.name == null) {
                unit.name = name;
            } else if (!unit.name.equals(name)) {
                unit.variants.add(name);
            }
        }
        unit.lines.add(line);
        return unit;
    }

    private void parentConflict(int line, UnitBuilder unit, String contextParent) {
        anomaly(line, AnomalyKind.UNIT_PARENT_CONFLICT, contextParent, Optional.of(unit.parentSlug), Optional.empty(),
                Optional.of(unit.slug),
                "L'unità %s compare sotto %s, ma era stata elencata sotto %s.".formatted(unit.slug, contextParent, unit.parentSlug),
                "Unit %s appears under %s, but was listed under %s.".formatted(unit.slug, contextParent, unit.parentSlug));
        unit.parentSlug = contextParent;
    }

    private void malformed(int line, ProcessCode code) {
        if (code.isMalformed()) {
            anomaly(line, AnomalyKind.MALFORMED_CODE, code.asWritten(), Optional.of(code.canonical()),
                    Optional.of(code.canonical()), Optional.empty(),
                    "Codice scritto «%s»: letto come %s.".formatted(code.asWritten(), code.canonical()),
                    "Code written «%s»: read as %s.".formatted(code.asWritten(), code.canonical()));
        }
    }

    private void citeLaws(int line, String text, Optional<String> citingCode, Optional<String> citingUnit) {
        for (LawRecognizer.Found found : LawRecognizer.find(text)) {
            citations.add(new Citation(line, found.reference(), found.textAsWritten(), citingCode, citingUnit));
        }
    }

    private void unrecognised(int line, String raw) {
        record(line, raw);
        anomaly(line, AnomalyKind.UNRECOGNISED_LINE, raw.strip(), Optional.empty(), Optional.empty(), Optional.empty(),
                "Riga non riconosciuta, conservata com'è: «%s».".formatted(shorten(raw.strip())),
                "Unrecognised line, kept as written: «%s».".formatted(shorten(raw.strip())));
    }

    private void record(int line, String raw) {
        records.putIfAbsent(line, new SourceLine(line, raw, Optional.ofNullable(block)));
    }

    private void anomaly(int line, AnomalyKind kind, String asWritten, Optional<String> canonical,
            Optional<String> aboutCode, Optional<String> aboutUnit, String messageIt, String messageEn) {
        anomalies.add(new Anomaly(line, kind, asWritten, canonical, aboutCode, aboutUnit, Optional.ofNullable(block),
                messageIt, messageEn));
    }

    // ---- End of the document ----

    private void checkComplete() throws AllegatoFormatException {
        int last = lines.size();
        if (enteName == null) {
            throw titleSeen
                    ? new AllegatoFormatException(last, "il documento finisce prima di nominare l'ente (\"CCIAA di …\")",
                            "the document ends before naming the chamber (\"CCIAA di …\")")
                    : new AllegatoFormatException(last, "non è un organigramma Allegato C: manca il titolo \"ALLEGATO "
                            + "C\"", "not an Allegato C organigram: no \"ALLEGATO C\" title");
        }
        if (!anyTable) {
            throw new AllegatoFormatException(last, "non è un organigramma di questa forma: nessuna tabella FUNZIONE "
                    + "ISTITUZIONALE o SERVIZIO/AMBITO", "not an organigram of this form: no FUNZIONE ISTITUZIONALE or "
                    + "SERVIZIO/AMBITO table");
        }
        if (mode == Mode.HEADER) {
            throw new AllegatoFormatException(last, "il documento finisce dentro una tabella FUNZIONE ISTITUZIONALE: "
                    + "è troncato?", "the document ends inside a FUNZIONE ISTITUZIONALE table: cut off?");
        }
        if (mode == Mode.DETAIL && pendingSubProcess != null) {
            throw new AllegatoFormatException(pendingSubProcess.line, "il documento finisce sul sottoprocesso "
                    + pendingSubProcess.code.canonical() + " senza alcuna attività accanto: è troncato?",
                    "the document ends on sub-process " + pendingSubProcess.code.canonical()
                            + " with no activity beside it: cut off?");
        }
        if (mode == Mode.DETAIL && lastActivity != null && looksUnfinished(lastActivity.text)) {
            throw new AllegatoFormatException(lastActivity.line, "il documento finisce a metà dell'attività "
                    + lastActivity.code.canonical() + ": è troncato?",
                    "the document ends in the middle of activity " + lastActivity.code.canonical() + ": cut off?");
        }
        if (mode == Mode.CONTEXT) {
            throw new AllegatoFormatException(last, "il documento finisce su un'intestazione, prima di ogni tabella: "
                    + "è troncato?", "the document ends on a heading, before any table: cut off?");
        }
        if (mode == Mode.DESCRIPTION && block != null) {
            throw new AllegatoFormatException(last, "il documento finisce nel blocco di " + block
                    + " prima delle sue tabelle: è troncato?", "the document ends in the block of " + block
                    + " before its tables: cut off?");
        }
        for (UnitBuilder unit : units.values()) {
            if (unit.kind == UnitKind.UFFICIO && !unit.hasBlock && unit.listedAt > lastBlockHeadingLine) {
                throw new AllegatoFormatException(last, "l'Ufficio " + unit.code.orElseThrow() + " è elencato alla "
                        + "riga " + unit.listedAt + " ma il suo blocco non arriva mai: il documento sembra troncato",
                        "Ufficio " + unit.code.orElseThrow() + " is listed on line " + unit.listedAt
                        + " but its own block never comes: the document seems cut off");
            }
        }
    }

    private static boolean looksUnfinished(String text) {
        String t = TRAILING_MARKER.matcher(text.strip()).replaceFirst("");
        long open = t.chars().filter(c -> c == '(').count();
        long close = t.chars().filter(c -> c == ')').count();
        return open > close || t.endsWith(",") || t.endsWith("-") || t.endsWith("/");
    }

    private AllegatoDocument build() {
        List<Mention> mentions = new ArrayList<>();
        List<Declaration> declarationList = new ArrayList<>();
        for (Cell cell : headerCells) {
            String label = cell.text.strip();
            Matcher suffix = QUALIFIER_SUFFIX.matcher(label);
            if (suffix.find()) {
                label = label.substring(0, suffix.start()).strip();
                declarationQualifiers.put(cell.line, Optional.of(Qualifier.PER_QUANTO_DI_COMPETENZA));
                anomalies.add(new Anomaly(cell.line, AnomalyKind.QUALIFIER_IN_LABEL, cell.text.strip(),
                        Optional.of(label), Optional.of(cell.code.canonical()), Optional.empty(),
                        Optional.of(cell.section),
                        "L'etichetta di %s porta «(%s)»: letto come modalità di presidio della dichiarazione."
                                .formatted(cell.code.canonical(), suffix.group(1)),
                        "The label of %s carries «(%s)»: read as the qualifier of the declaration."
                                .formatted(cell.code.canonical(), suffix.group(1))));
            }
            mentions.add(new Mention(cell.line, cell.code, cleanLabel(label), cell.column));
            citeLaws(cell.line, label, Optional.of(cell.code.canonical()), Optional.empty());
        }
        for (Declaration declaration : declarations.values()) {
            Optional<Qualifier> qualifier = declarationQualifiers.getOrDefault(declaration.line(), Optional.empty());
            boolean sameCell = headerCells.stream().anyMatch(c -> c.line == declaration.line()
                    && c.code.canonical().equals(declaration.code().canonical())
                    && QUALIFIER_SUFFIX.matcher(c.text.strip()).find());
            declarationList.add(new Declaration(declaration.unitSlug(), declaration.code(),
                    sameCell ? qualifier : Optional.empty(), declaration.line()));
        }
        List<Competence> competences = new ArrayList<>();
        Set<String> seenCompetences = new LinkedHashSet<>();
        for (Cell cell : detailCells) {
            String text = cell.text.strip();
            Matcher marker = TRAILING_MARKER.matcher(text);
            Optional<String> markerAsWritten = Optional.empty();
            if (marker.find()) {
                markerAsWritten = Optional.of(marker.group(1));
                text = text.substring(0, marker.start());
            }
            String label = cleanLabel(text);
            mentions.add(new Mention(cell.line, cell.code, label, cell.column));
            citeLaws(cell.line, label, Optional.of(cell.code.canonical()), Optional.empty());
            if (cell.code.level() == 4 && !seenCompetences.add(cell.section + "|" + cell.code.canonical())) {
                duplicate(cell);
            } else if (cell.code.level() == 4) {
                Optional<Footnote> footnote = markerAsWritten.flatMap(m -> footnoteOf(cell.section, m));
                competences.add(new Competence(cell.section, cell.code, label, markerAsWritten,
                        footnote.flatMap(Footnote::qualifier), footnote.flatMap(Footnote::extraText), cell.line));
            }
        }
        for (UnitBuilder unit : units.values()) {
            for (String variant : unit.variants) {
                int line = firstLineNaming(unit, variant);
                anomalies.add(new Anomaly(line, AnomalyKind.UNIT_NAME_VARIANT, variant, Optional.of(unit.name),
                        Optional.empty(), Optional.of(unit.slug), Optional.ofNullable(records.get(line))
                                .flatMap(SourceLine::sectionSlug),
                        "L'unità %s è chiamata anche «%s» (nome adottato: «%s»).".formatted(unit.slug, variant, unit.name),
                        "Unit %s is also named «%s» (name used: «%s»).".formatted(unit.slug, variant, unit.name)));
            }
        }
        List<Unit> unitList = units.values().stream()
                .map(u -> new Unit(u.slug, u.kind, u.code, u.name == null ? u.code.orElse(u.slug) : u.name,
                        List.copyOf(u.variants),
                        u.paragraphs.isEmpty() ? Optional.empty() : Optional.of(String.join("\n\n", u.paragraphs)),
                        Optional.ofNullable(u.parentSlug), List.copyOf(u.lines)))
                .toList();
        return new AllegatoDocument(enteName, enteLine, unitList, mentions, declarationList, competences,
                List.copyOf(footnotes), List.copyOf(citations), List.copyOf(anomalies), List.copyOf(records.values()));
    }

    private void duplicate(Cell cell) {
        anomalies.add(new Anomaly(cell.line, AnomalyKind.DUPLICATE_ENTRY, cell.code.asWritten(),
                Optional.of(cell.code.canonical()), Optional.of(cell.code.canonical()), Optional.of(cell.section),
                Optional.of(cell.section),
                "Il codice %s compare due volte nella stessa tabella: conta una volta.".formatted(cell.code.canonical()),
                "Code %s appears twice in the same table: counted once.".formatted(cell.code.canonical())));
    }

    private Optional<Footnote> footnoteOf(String section, String marker) {
        return footnotes.stream().filter(f -> f.unitSlug().equals(section) && f.marker().equals(marker)).findFirst();
    }

    private int firstLineNaming(UnitBuilder unit, String variant) {
        return unit.lines.stream()
                .filter(l -> records.containsKey(l) && normalise(records.get(l).rawText()).contains(normalise(variant)))
                .findFirst()
                .orElse(unit.lines.iterator().next());
    }

    // ---- Text ----

    private static String stripEmphasis(String text) {
        return text.replaceAll("^\\*+", "").replaceAll("\\*+$", "").strip();
    }

    /** Collapses whitespace and drops separators left before the label ("A1.1.PIANIFICAZIONE", "C2.7.5: Servizi"). */
    static String cleanLabel(String label) {
        return label.replaceFirst("^[\\s.:;,-]+", "").replaceAll("\\s+", " ").strip();
    }

    /** Whitespace-insensitive form of a name, for telling real variants from spacing. */
    static String normalise(String text) {
        return text.replaceAll("\\s+", " ").replace(" ,", ",").strip();
    }

    /** A lower-case ASCII slug for IRIs: accents dropped, anything else but letters and digits a dash. */
    public static String slug(String text) {
        String ascii = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static String shorten(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "…";
    }
}
