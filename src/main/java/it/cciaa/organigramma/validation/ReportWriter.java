package it.cciaa.organigramma.validation;

import it.cciaa.organigramma.validation.OrganigramValidator.Validation;
import it.cciaa.organigramma.validation.ResultView.Severity;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

/** Writes a validation as a report for people (text), for programs (JSON) or as the SHACL report (Turtle). */
public final class ReportWriter {
    private ReportWriter() {}

    /** The formats of {@code validate --format}. */
    public enum Format { TEXT, JSON, TURTLE }

    public static void write(Validation validation, Format format, String title, OutputStream out) {
        switch (format) {
            case TEXT -> text(validation, title, new PrintStream(out, true, StandardCharsets.UTF_8));
            case JSON -> json(validation, new PrintStream(out, true, StandardCharsets.UTF_8));
            case TURTLE -> RDFDataMgr.write(out, validation.report(), Lang.TURTLE);
        }
    }

    /** Counts first, then the results grouped by severity and by rule, each with its line, code and unit. */
    private static void text(Validation validation, String title, PrintStream out) {
        out.printf("Validazione / Validation: %s%n", title);
        out.printf("  %d Violation, %d Warning, %d Info%n", validation.count(Severity.VIOLATION),
                validation.count(Severity.WARNING), validation.count(Severity.INFO));
        out.println(validation.hasViolations()
                ? "  Esito: NON pubblicabile (ci sono violazioni) / Outcome: NOT publishable (there are violations)"
                : "  Esito: pubblicabile / Outcome: publishable");
        for (Severity severity : Severity.values()) {
            List<ResultView> ofSeverity = validation.results().stream().filter(r -> r.severity() == severity).toList();
            if (ofSeverity.isEmpty()) {
                continue;
            }
            out.printf("%n%s (%d)%n", severity.label().toUpperCase(), ofSeverity.size());
            Map<String, List<ResultView>> byShape = ofSeverity.stream()
                    .collect(Collectors.groupingBy(ResultView::shapeName, LinkedHashMap::new, Collectors.toList()));
            byShape.forEach((shapeName, results) -> {
                out.printf("  %s (%d)%n", shapeName, results.size());
                for (ResultView result : results) {
                    String where = result.sourceLine().map(l -> "riga " + l).orElse("riga ?");
                    String code = result.notation().map(n -> " · " + n).orElse("");
                    String unit = result.unit().map(u -> " · " + unitTitle(validation, u)).orElse("");
                    out.printf("    %s%s%s%n      %s%n      %s%n", where, code, unit, result.messageIt(),
                            result.messageEn());
                }
            });
        }
    }

    /** A JSON array with one object per result. */
    private static void json(Validation validation, PrintStream out) {
        JSON.write(out, results(validation));
        out.println();
    }

    /** How people read the unit {@code iri}: its code and name ({@link ReportPage#unitTitle}). */
    private static String unitTitle(Validation validation, String iri) {
        return validation.unitTitles().getOrDefault(iri, ReportPage.UNNAMED_UNIT);
    }

    /**
     * One JSON object per result: severity, focus node, code, unit (its IRI and {@code unitTitle}, its code and name),
     * line, messages it/en, shape, path, value.
     */
    public static JsonArray results(Validation validation) {
        JsonArray array = new JsonArray();
        for (ResultView result : validation.results()) {
            JsonObject object = new JsonObject();
            object.put("severity", result.severity().label());
            object.put("focusNode", result.focusNode());
            result.notation().ifPresent(n -> object.put("notation", n));
            result.unit().ifPresent(u -> {
                object.put("unit", u);
                object.put("unitTitle", unitTitle(validation, u));
            });
            result.sourceLine().ifPresent(l -> object.put("sourceLine", l));
            object.put("message", result.messageIt());
            JsonObject messages = new JsonObject();
            messages.put("it", result.messageIt());
            messages.put("en", result.messageEn());
            object.put("messages", messages);
            object.put("shape", result.shape());
            object.put("shapeName", result.shapeName());
            result.path().ifPresent(p -> object.put("path", p));
            result.value().ifPresent(v -> object.put("value", v));
            array.add(object);
        }
        return array;
    }
}
