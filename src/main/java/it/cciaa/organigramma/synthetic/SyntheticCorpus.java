package it.cciaa.organigramma.synthetic;

import it.cciaa.organigramma.ingest.Qualifier;
import it.cciaa.organigramma.project.ProjectResources;
import it.cciaa.organigramma.table.CsvWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNull;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Writes synthetic chambers to a folder: {@code {slug}/{date}.txt} for each edition, {@code manifest.csv} (one row
 * per edition: chamber, slug, edition, date, file, changes) and {@code changes.json} (every change with its office
 * codes, the successor of every office and the offices of each edition). One chamber is held in memory at a time.
 */
public final class SyntheticCorpus {
    public static final String MANIFEST = "manifest.csv";
    public static final String CHANGES = "changes.json";

    /** What was written. */
    public record Written(int chambers, int editions) {}

    private SyntheticCorpus() {}

    /** Writes chambers 0 to {@code chambers - 1} of {@code generator} into {@code folder}, creating it if needed. */
    public static Written write(SyntheticChambers generator, int chambers, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<List<String>> manifest = new ArrayList<>();
        JsonArray described = new JsonArray();
        int editions = 0;
        for (int index = 0; index < chambers; index++) {
            SyntheticChamber chamber = generator.chamber(index);
            Files.createDirectories(folder.resolve(chamber.slug()));
            for (SyntheticEdition edition : chamber.editions()) {
                Files.write(folder.resolve(file(chamber, edition)), edition.bytes());
                manifest.add(List.of(chamber.name(), chamber.slug(), String.valueOf(edition.number()),
                        edition.date().toString(), file(chamber, edition),
                        edition.changes().stream().map(Change::summary).collect(Collectors.joining("; "))));
                editions++;
            }
            described.add(describe(chamber));
        }
        Files.write(folder.resolve(MANIFEST), CsvWriter.write(List.of("chamber", "slug", "edition", "date", "file",
                "changes"), manifest));
        JsonObject root = new JsonObject();
        root.put("synthetic", true);
        root.put("note", "Documenti sintetici generati da Organigramma KG dall'Allegato C della CCIAA di Foggia: "
                + "non sono gli organigrammi reali degli enti di cui portano il nome.");
        root.put("source", ProjectResources.FOGGIA_DOCUMENT);
        root.put("seed", generator.seed());
        root.put("maxEditions", generator.maxEditions());
        root.put("chambers", described);
        try (OutputStream out = Files.newOutputStream(folder.resolve(CHANGES))) {
            JSON.write(out, root);
        }
        return new Written(chambers, editions);
    }

    /** The edition's file, relative to the folder: {@code cciaa-di-bari/2025-01-01.txt}. */
    public static String file(SyntheticChamber chamber, SyntheticEdition edition) {
        return chamber.slug() + "/" + edition.fileName();
    }

    private static JsonObject describe(SyntheticChamber chamber) {
        JsonObject object = new JsonObject();
        object.put("index", chamber.index());
        object.put("name", chamber.name());
        object.put("slug", chamber.slug());
        JsonArray editions = new JsonArray();
        String previous = ProjectResources.FOGGIA_DOCUMENT;
        for (SyntheticEdition edition : chamber.editions()) {
            JsonObject entry = new JsonObject();
            entry.put("edition", edition.number());
            entry.put("date", edition.date().toString());
            entry.put("file", file(chamber, edition));
            entry.put("previous", previous);
            JsonArray changes = new JsonArray();
            edition.changes().forEach(change -> changes.add(describe(change)));
            entry.put("changes", changes);
            entry.put("successors", object(edition.successors()));
            entry.put("offices", object(edition.offices()));
            editions.add(entry);
            previous = file(chamber, edition);
        }
        object.put("editions", editions);
        return object;
    }

    private static JsonObject describe(Change change) {
        JsonObject object = new JsonObject();
        object.put("kind", change.kind().slug());
        object.put("from", array(change.fromUnits()));
        object.put("to", array(change.toUnits()));
        change.name().ifPresent(name -> object.put("name", name));
        change.activity().ifPresent(activity -> object.put("activity", activity));
        if (change.kind() == ChangeKind.ACTIVITY_REQUALIFIED) {
            object.put("qualifierBefore", qualifier(change.qualifierBefore()));
            object.put("qualifierAfter", qualifier(change.qualifierAfter()));
        }
        object.put("summary", change.summary());
        return object;
    }

    private static JsonValue qualifier(Optional<Qualifier> qualifier) {
        return qualifier.<JsonValue>map(q -> new JsonString(q.slug())).orElse(JsonNull.instance);
    }

    private static JsonArray array(List<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }

    private static JsonObject object(Map<String, String> entries) {
        JsonObject object = new JsonObject();
        entries.forEach(object::put);
        return object;
    }
}
