package it.cciaa.organigramma.synthetic;

import it.cciaa.organigramma.ingest.AllegatoDocument;
import it.cciaa.organigramma.ingest.AllegatoDocument.Mention;
import it.cciaa.organigramma.ingest.AllegatoFormatException;
import it.cciaa.organigramma.ingest.AllegatoParser;
import it.cciaa.organigramma.ingest.DocumentText;
import it.cciaa.organigramma.project.ProjectResources;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Foggia Allegato C as a {@link Draft}. The text is cut at its AREA headings, as the document repeats one before
 * every Servizio section and every office block; what each office declares and does is what the project's own
 * parser reads from it, so that a draft never claims what the importer would not find.
 */
final class SourceDraft {
    private static final String DASH = "\\s*[-–—]\\s*";
    private static final Pattern STAFF = Pattern.compile("^UFFICIO" + DASH + "(.+)$");
    private static final Pattern AREA = Pattern.compile("^AREA\\s+([A-Z0-9]+)" + DASH + "(.+)$");
    private static final Pattern SERVIZIO =
            Pattern.compile("^(?:SERVIZIO|Servizio)\\s+([IVXL]+)\\b(?:" + DASH + "(.+))?$");
    private static final Pattern UFFICIO = Pattern.compile("^(?:Ufficio|UFFICIO)\\s+(\\d+\\.\\d+)" + DASH + "(.+)$");

    private static final Draft FOGGIA = read(ProjectResources.bytes(ProjectResources.FOGGIA_DOCUMENT));

    private final List<String> lines;
    private final AllegatoDocument document;
    /** The line each office has in its Servizio's list, by code. */
    private final Map<String, String> listLines = new LinkedHashMap<>();

    private SourceDraft(List<String> lines, AllegatoDocument document) {
        this.lines = lines;
        this.document = document;
    }

    /** A fresh draft of the Foggia document, to change at will. */
    static Draft foggia() {
        return FOGGIA.copy();
    }

    static Draft read(byte[] bytes) {
        try {
            List<String> lines = DocumentText.decode(bytes).lines();
            return new SourceDraft(lines, new AllegatoParser().parse(lines)).draft();
        } catch (AllegatoFormatException e) {
            throw new IllegalStateException("the source of the synthetic chambers does not parse: " + e.getMessage(), e);
        }
    }

    private Draft draft() {
        int staffStart = firstMatching(STAFF, 0);
        List<Integer> areaStarts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (AREA.matcher(heading(i)).matches()) {
                areaStarts.add(i);
            }
        }
        List<DraftServizio> servizi = new ArrayList<>();
        List<DraftOffice> offices = new ArrayList<>();
        for (int k = 0; k < areaStarts.size(); k++) {
            int start = areaStarts.get(k);
            int end = k + 1 < areaStarts.size() ? areaStarts.get(k + 1) : lines.size();
            readSection(start, end, servizi, offices);
        }
        for (DraftOffice office : offices) {
            servizi.stream().filter(s -> s.number() == office.servizio()).findFirst()
                    .orElseThrow(() -> new IllegalStateException("office " + office.code() + " has no Servizio"))
                    .add(office);
        }
        return new Draft(lines.subList(0, staffStart), trimmed(staffStart, areaStarts.getFirst()), servizi,
                processLabels());
    }

    /** One AREA-headed section: a Servizio's own block with its list of offices, or one office's block. */
    private void readSection(int start, int end, List<DraftServizio> servizi, List<DraftOffice> offices) {
        for (int i = start + 1; i < end; i++) {
            Matcher servizio = SERVIZIO.matcher(heading(i));
            Matcher ufficio = UFFICIO.matcher(heading(i));
            if (servizio.matches() && opensBlock(i)) {
                int firstListed = firstMatching(UFFICIO, i);
                int listStart = Math.min(firstListed, end);
                DraftServizio read = new DraftServizio(Codes.number(servizio.group(1)), heading(start),
                        trimmed(start, listStart), trimmed(listStart, end));
                servizi.add(read);
                listLines.putAll(listedOffices(firstListed, end));
                return;
            }
            if (ufficio.matches() && opensBlock(i)) {
                String code = ufficio.group(1);
                String slug = Codes.officeSlug(code);
                offices.add(new DraftOffice(code, unitName(slug), content(slug), trimmed(start, i), lines.get(i),
                        listLines.get(code), trimmed(i + 1, end)));
                return;
            }
        }
        throw new IllegalStateException("line " + (start + 1) + ": an AREA heading with no Servizio or office block");
    }

    private Map<String, String> listedOffices(int from, int end) {
        Map<String, String> listed = new LinkedHashMap<>();
        for (int i = from; i < end; i++) {
            Matcher m = UFFICIO.matcher(heading(i));
            if (m.matches()) {
                listed.put(m.group(1), lines.get(i));
            } else if (!lines.get(i).isBlank()) {
                throw new IllegalStateException("line " + (i + 1) + ": expected an office of the list, found "
                        + lines.get(i));
            }
        }
        return listed;
    }

    private String unitName(String slug) {
        return document.units().stream().filter(u -> u.slug().equals(slug)).findFirst().orElseThrow().name();
    }

    private OfficeContent content(String slug) {
        List<String> declared = document.declarations().stream().filter(d -> d.unitSlug().equals(slug))
                .map(d -> d.code().canonical()).toList();
        List<Activity> activities = document.competences().stream().filter(c -> c.unitSlug().equals(slug))
                .map(c -> new Activity(c.code().canonical(), c.labelAsWritten(), c.qualifier())).toList();
        return new OfficeContent(declared, activities);
    }

    /** The label most often written beside each code (the first of the most frequent, on a tie). */
    private Map<String, String> processLabels() {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        for (Mention mention : document.mentions()) {
            if (!mention.labelAsWritten().isEmpty()) {
                counts.computeIfAbsent(mention.code().canonical(), k -> new LinkedHashMap<>())
                        .merge(mention.labelAsWritten(), 1, Integer::sum);
            }
        }
        Map<String, String> labels = new LinkedHashMap<>();
        counts.forEach((code, byLabel) -> labels.put(code, byLabel.entrySet().stream()
                .reduce((best, next) -> next.getValue() > best.getValue() ? next : best).orElseThrow().getKey()));
        return Map.copyOf(labels);
    }

    /** Whether the heading on line {@code index} opens a block: what follows it is not another heading. */
    private boolean opensBlock(int index) {
        for (int i = index + 1; i < lines.size(); i++) {
            String next = heading(i);
            if (!next.isEmpty()) {
                return !(AREA.matcher(next).matches() || SERVIZIO.matcher(next).matches()
                        || UFFICIO.matcher(next).matches() || STAFF.matcher(next).matches());
            }
        }
        return false;
    }

    private int firstMatching(Pattern pattern, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (pattern.matcher(heading(i)).matches()) {
                return i;
            }
        }
        return lines.size();
    }

    /** Lines {@code from} (inclusive) to {@code to} (exclusive) without the blank lines at either end. */
    private List<String> trimmed(int from, int to) {
        while (from < to && lines.get(from).isBlank()) {
            from++;
        }
        while (to > from && lines.get(to - 1).isBlank()) {
            to--;
        }
        return List.copyOf(lines.subList(from, to));
    }

    private String heading(int index) {
        return lines.get(index).strip().replaceAll("^\\*+", "").replaceAll("\\*+$", "").strip();
    }
}
