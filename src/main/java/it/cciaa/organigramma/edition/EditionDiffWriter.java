package it.cciaa.organigramma.edition;

import it.cciaa.organigramma.edition.EditionDiff.ConceptEntry;
import it.cciaa.organigramma.edition.EditionDiff.LabelChange;
import it.cciaa.organigramma.edition.EditionDiff.Requalification;
import it.cciaa.organigramma.edition.EditionDiff.UnitEntry;
import it.cciaa.organigramma.edition.EditionDiff.UnitMove;
import it.cciaa.organigramma.edition.EditionDiff.UnitRenaming;
import java.io.PrintWriter;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/**
 * Writes an {@link EditionDiff} for people (text, grouped by kind of change, one line per change naming the unit by
 * code and name and the activity or process by code) or for programs (JSON, one array per kind of change).
 */
public final class EditionDiffWriter {
    /** The output formats. */
    public enum Format { TEXT, JSON }

    private EditionDiffWriter() {}

    public static void write(EditionDiff diff, Format format, PrintWriter out) {
        switch (format) {
            case TEXT -> text(diff, out);
            case JSON -> out.println(JSON.toString(json(diff)));
        }
        out.flush();
    }

    /** The diff as a JSON object: the two edition graphs, then one array per kind of change. */
    public static JsonObject json(EditionDiff diff) {
        JsonObject object = new JsonObject();
        object.put("oldEdition", diff.oldEdition());
        object.put("newEdition", diff.newEdition());
        for (RecordComponent component : EditionDiff.class.getRecordComponents()) {
            if (component.getType() == List.class) {
                JsonArray array = new JsonArray();
                for (Object change : (List<?>) invoke(component, diff)) {
                    array.add(jsonOf((Record) change));
                }
                object.put(component.getName(), array);
            }
        }
        return object;
    }

    private static JsonObject jsonOf(Record change) {
        JsonObject object = new JsonObject();
        for (RecordComponent component : change.getClass().getRecordComponents()) {
            String value = (String) invoke(component, change);
            if (!value.isEmpty()) {
                object.put(component.getName(), value);
            }
        }
        return object;
    }

    private static Object invoke(RecordComponent component, Object owner) {
        try {
            return component.getAccessor().invoke(owner);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }

    private static void text(EditionDiff diff, PrintWriter out) {
        out.println("Differences from " + diff.oldEdition());
        out.println("              to " + diff.newEdition());
        if (diff.isEmpty()) {
            out.println("No differences.");
            return;
        }
        section(out, "Units added", diff.unitsAdded(), EditionDiffWriter::unit);
        section(out, "Units removed", diff.unitsRemoved(), EditionDiffWriter::unit);
        section(out, "Units renamed", diff.unitsRenamed(), (UnitRenaming r) ->
                code(r.code()) + "«" + r.oldName() + "» → «" + r.newName() + "»");
        section(out, "Units moved", diff.unitsMoved(), EditionDiffWriter::move);
        section(out, "Activities assigned", diff.activitiesAssigned(), EditionDiffWriter::conceptEntry);
        section(out, "Activities withdrawn", diff.activitiesWithdrawn(), EditionDiffWriter::conceptEntry);
        section(out, "Activities requalified", diff.activitiesRequalified(), EditionDiffWriter::requalification);
        section(out, "Processes declared", diff.processesDeclared(), EditionDiffWriter::conceptEntry);
        section(out, "Processes dropped", diff.processesDropped(), EditionDiffWriter::conceptEntry);
        section(out, "Labels changed", diff.labelsChanged(), EditionDiffWriter::labelChange);
    }

    private static <T> void section(PrintWriter out, String title, List<T> changes, Function<T, String> line) {
        if (changes.isEmpty()) {
            return;
        }
        out.println();
        out.println(title + " (" + changes.size() + "):");
        changes.forEach(change -> out.println("  " + line.apply(change)));
    }

    private static String code(String code) {
        return code.isEmpty() ? "" : code + " ";
    }

    private static String unit(UnitEntry unit) {
        return code(unit.code()) + unit.name();
    }

    private static String move(UnitMove move) {
        String codes = move.recoded() ? move.oldCode() + " → " + move.newCode() + " " : code(move.newCode());
        return codes + move.name() + ": under " + parent(move.oldParentCode(), move.oldParent()) + " → under "
                + parent(move.newParentCode(), move.newParent());
    }

    private static String parent(String code, String iri) {
        return !code.isEmpty() ? code : iri.isEmpty() ? "(none)" : iri;
    }

    private static String conceptEntry(ConceptEntry entry) {
        String qualifier = entry.qualifierLabel().isEmpty() ? "" : " (" + entry.qualifierLabel() + ")";
        return code(entry.unitCode()) + entry.unitName() + ": " + entry.notation() + qualifier;
    }

    private static String requalification(Requalification change) {
        return code(change.unitCode()) + change.unitName() + ": " + change.notation() + " "
                + qualifier(change.oldQualifierLabel(), change.oldMarker()) + " → "
                + qualifier(change.newQualifierLabel(), change.newMarker());
    }

    private static String qualifier(String label, String marker) {
        String name = label.isEmpty() ? "no qualifier" : label;
        return marker.isEmpty() ? name : name + " [" + marker + "]";
    }

    private static String labelChange(LabelChange change) {
        String owner = change.unitName().isEmpty() ? "" : code(change.unitCode()) + change.unitName() + ": ";
        return owner + change.notation() + " «" + change.oldLabel() + "» → «" + change.newLabel() + "»";
    }
}
