package it.cciaa.organigramma.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A Servizio of a draft: its section as written (heading, mission, FUNZIONE table) and its offices in code order. */
final class DraftServizio {
    private final int number;
    private final String areaHeading;
    private final List<String> sectionLines;
    private final List<String> listLines;
    private final List<DraftOffice> offices = new ArrayList<>();

    DraftServizio(int number, String areaHeading, List<String> sectionLines, List<String> listLines) {
        this.number = number;
        this.areaHeading = areaHeading;
        this.sectionLines = List.copyOf(sectionLines);
        this.listLines = List.copyOf(listLines);
    }

    DraftServizio copy() {
        DraftServizio copy = new DraftServizio(number, areaHeading, sectionLines, listLines);
        offices.forEach(office -> copy.add(office.copy()));
        return copy;
    }

    int number() {
        return number;
    }

    String numeral() {
        return Codes.numeral(number);
    }

    /** The AREA heading the Servizio's section opens with, emphasis removed. */
    String areaHeading() {
        return areaHeading;
    }

    /** The section up to its list of offices, as written. */
    List<String> sectionLines() {
        return sectionLines;
    }

    /** The list of offices as written, blank lines included; it stands as long as no listed office changed. */
    Optional<List<String>> listAsWritten() {
        List<String> listed = offices.stream().map(o -> o.listLineAsWritten().orElse(null)).toList();
        List<String> written = listLines.stream().filter(line -> !line.isBlank()).toList();
        return listed.equals(written) ? Optional.of(listLines) : Optional.empty();
    }

    List<DraftOffice> offices() {
        return offices;
    }

    void add(DraftOffice office) {
        offices.add(office);
        sortOffices();
    }

    void remove(DraftOffice office) {
        offices.remove(office);
    }

    void sortOffices() {
        offices.sort((a, b) -> Codes.NATURAL_ORDER.compare(a.code(), b.code()));
    }
}
