package it.cciaa.organigramma.national;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The coverage page's matrix: one line per chamber, one column per level-2 process, offices and competences per cell. */
record CoverageMatrix(List<String> processes, List<Line> lines) {

    /** A chamber's line: its name and slug, and per process the cell (absent: not covered). */
    record Line(String ente, String name, String slug, List<Cell> cells) {}

    /** Offices and competences of one chamber under one process; null counts for a process it does not cover. */
    record Cell(String process, Integer units, Integer competences) {
        public boolean covered() {
            return units != null;
        }
    }

    static CoverageMatrix of(List<Map<String, String>> rows) {
        TreeSet<String> processes = new TreeSet<>(Comparator.comparing((String code) -> code.substring(0, 1))
                .thenComparing(code -> numbers(code), java.util.Arrays::compare));
        Map<String, Map<String, Map<String, String>>> byChamber = new LinkedHashMap<>();
        for (Map<String, String> row : rows) {
            processes.add(row.get("process"));
            byChamber.computeIfAbsent(row.get("ente"), e -> new LinkedHashMap<>()).put(row.get("process"), row);
        }
        List<Line> lines = new ArrayList<>();
        byChamber.forEach((ente, cells) -> {
            Map<String, String> any = cells.values().iterator().next();
            List<Cell> line = processes.stream().map(process -> {
                Map<String, String> cell = cells.get(process);
                return cell == null ? new Cell(process, null, null)
                        : new Cell(process, Integer.valueOf(cell.get("units")), Integer.valueOf(cell.get("competences")));
            }).toList();
            lines.add(new Line(ente, any.getOrDefault("enteName", ente), any.getOrDefault("enteSlug", ""), line));
        });
        lines.sort(Comparator.comparing(Line::name));
        return new CoverageMatrix(List.copyOf(processes), lines);
    }

    private static int[] numbers(String code) {
        String[] parts = code.substring(1).split("\\.");
        int[] numbers = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                numbers[i] = Integer.parseInt(parts[i]);
            } catch (NumberFormatException e) {
                numbers[i] = Integer.MAX_VALUE;
            }
        }
        return numbers;
    }
}
