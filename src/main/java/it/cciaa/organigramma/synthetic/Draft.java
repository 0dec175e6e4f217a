package it.cciaa.organigramma.synthetic;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A chamber's Allegato C being reorganised: the parts that never change, as written, and the Servizi with offices. */
final class Draft {
    private final List<String> preambleLines;
    private final List<String> staffLines;
    private final List<DraftServizio> servizi;
    private final Map<String, String> processLabels;

    Draft(List<String> preambleLines, List<String> staffLines, List<DraftServizio> servizi,
            Map<String, String> processLabels) {
        this.preambleLines = List.copyOf(preambleLines);
        this.staffLines = List.copyOf(staffLines);
        this.servizi = servizi;
        this.processLabels = processLabels;
    }

    /** A copy that can be changed without changing this draft. */
    Draft copy() {
        return new Draft(preambleLines, staffLines, servizi.stream().map(DraftServizio::copy).toList(), processLabels);
    }

    /** The lines before the staff office: the title, the chamber's name and the subtitle. */
    List<String> preambleLines() {
        return preambleLines;
    }

    /** The staff office's block, as written. */
    List<String> staffLines() {
        return staffLines;
    }

    List<DraftServizio> servizi() {
        return servizi;
    }

    DraftServizio servizio(int number) {
        return servizi.stream().filter(s -> s.number() == number).findFirst().orElseThrow();
    }

    Stream<DraftOffice> offices() {
        return servizi.stream().flatMap(s -> s.offices().stream());
    }

    /** Every office's code and name, in code order. */
    SortedMap<String, String> officeNames() {
        SortedMap<String, String> names = new TreeMap<>(Codes.NATURAL_ORDER);
        offices().forEach(o -> names.put(o.code(), o.name()));
        return names;
    }

    /** The label the document most often gives a process code; the code itself when it gives none. */
    String label(String processCode) {
        return processLabels.getOrDefault(processCode, "");
    }
}
