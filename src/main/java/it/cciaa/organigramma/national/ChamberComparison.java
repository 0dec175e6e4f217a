package it.cciaa.organigramma.national;

import it.cciaa.organigramma.edition.Edition;
import it.cciaa.organigramma.table.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Two chambers side by side: per level-2 process of the map, how many offices and competences each has under it in
 * its current edition, and which of the two covers it alone.
 */
record ChamberComparison(Edition left, Edition right, List<Line> lines) {

    /** One process: the two chambers' offices and competences (0 when not covered). */
    record Line(String process, int leftUnits, int leftCompetences, int rightUnits, int rightCompetences) {
        public String coveredBy() {
            if (leftCompetences > 0 && rightCompetences > 0) {
                return "entrambi";
            }
            return leftCompetences > 0 ? "solo il primo" : "solo il secondo";
        }
    }

    static ChamberComparison of(Edition left, Edition right, List<Map<String, String>> coverage) {
        CoverageMatrix matrix = CoverageMatrix.of(coverage.stream()
                .filter(row -> row.get("ente").equals(left.chamber()) || row.get("ente").equals(right.chamber()))
                .toList());
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < matrix.processes().size(); i++) {
            CoverageMatrix.Cell a = cell(matrix, left, i);
            CoverageMatrix.Cell b = cell(matrix, right, i);
            lines.add(new Line(matrix.processes().get(i), count(a == null ? null : a.units()),
                    count(a == null ? null : a.competences()), count(b == null ? null : b.units()),
                    count(b == null ? null : b.competences())));
        }
        return new ChamberComparison(left, right, lines);
    }

    /** The comparison as a table: process, then each chamber's units and competences. */
    Table table() {
        return Table.of(List.of(Table.column("process", "Processo"), Table.column("leftEnte", "Primo ente (IRI)"),
                Table.column("leftUnits", "Unità del primo ente"),
                Table.column("leftCompetences", "Competenze del primo ente"),
                Table.column("rightEnte", "Secondo ente (IRI)"), Table.column("rightUnits", "Unità del secondo ente"),
                Table.column("rightCompetences", "Competenze del secondo ente")), lines,
                line -> List.of(line.process(), left.chamber(), line.leftUnits(), line.leftCompetences(),
                        right.chamber(), line.rightUnits(), line.rightCompetences()));
    }

    private static CoverageMatrix.Cell cell(CoverageMatrix matrix, Edition edition, int index) {
        return matrix.lines().stream().filter(line -> line.ente().equals(edition.chamber())).findFirst()
                .map(line -> line.cells().get(index)).orElse(null);
    }

    private static int count(Integer value) {
        return value == null ? 0 : value;
    }
}
