package it.cciaa.organigramma.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.rdf.model.ResourceFactory;

/** The laws the project knows ({@code data/norme.ttl}), found by the act a citation names. */
public final class LawCatalogue {
    private static final Pattern URN =
            Pattern.compile("^urn:nir:([a-z.]+:[a-z.]+):(\\d{4})-\\d{2}-\\d{2};(\\d+)(?:~art(\\d+))?$");
    private static final Pattern CELEX = Pattern.compile("^3(\\d{4})R(\\d{4})$");
    private static final String ELI_ID_LOCAL = "http://data.europa.eu/eli/ontology#id_local";

    private final Model model;
    private final Map<String, Resource> byKey = new HashMap<>();

    public LawCatalogue(Model model) {
        this.model = model;
        model.listStatements(null, ResourceFactory.createProperty(ELI_ID_LOCAL), (String) null)
                .forEach(this::index);
    }

    private void index(Statement statement) {
        String id = statement.getString();
        Matcher urn = URN.matcher(id);
        if (urn.matches()) {
            for (LawReference.Kind kind : LawReference.Kind.values()) {
                if (kind.urnTokens().equals(urn.group(1))) {
                    byKey.put(new LawReference(Optional.of(kind), Integer.parseInt(urn.group(2)),
                            Integer.parseInt(urn.group(3)),
                            Optional.ofNullable(urn.group(4)).map(Integer::valueOf)).key(), statement.getSubject());
                }
            }
        }
        Matcher celex = CELEX.matcher(id);
        if (celex.matches()) {
            byKey.put(new LawReference(Optional.of(LawReference.Kind.REGOLAMENTO_UE), Integer.parseInt(celex.group(1)),
                    Integer.parseInt(celex.group(2)), Optional.empty()).key(), statement.getSubject());
        }
    }

    /** The catalogue's resource for the act (or article) a reference names. */
    public Optional<Resource> find(LawReference reference) {
        return Optional.ofNullable(byKey.get(reference.key()));
    }

    /** All the catalogue's triples. */
    public Model model() {
        return model;
    }
}
