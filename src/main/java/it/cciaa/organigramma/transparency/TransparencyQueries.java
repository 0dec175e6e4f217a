package it.cciaa.organigramma.transparency;

import it.cciaa.organigramma.organigram.OrganigramQueries;
import it.cciaa.organigramma.organigram.TreeNode;
import it.cciaa.organigramma.query.EditionRowSource;
import it.cciaa.organigramma.query.NamedQueries;
import it.cciaa.organigramma.query.NamedQuery;
import it.cciaa.organigramma.query.PageQuery;
import it.cciaa.organigramma.query.RowSource;
import it.cciaa.organigramma.query.Rows;
import it.cciaa.organigramma.store.KnowledgeStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The queries of the transparency table, over one edition: the units and their hierarchy from the organigram's tree
 * ({@code organigram/tree}), each unit's competences by sub-process from {@code transparency/office-sub-processes}.
 */
@Component
public class TransparencyQueries {
    static final String SUB_PROCESSES = "transparency/office-sub-processes";
    static final String TREE = "organigram/tree";

    private final RowSource source;
    private final NamedQuery subProcesses;
    private final OrganigramQueries organigram;

    @Autowired
    public TransparencyQueries(KnowledgeStore store, NamedQueries queries, OrganigramQueries organigram) {
        this((RowSource) store, queries.find(SUB_PROCESSES)
                .orElseThrow(() -> new IllegalStateException("queries/" + SUB_PROCESSES + ".rq is missing")),
                organigram);
    }

    private TransparencyQueries(RowSource source, NamedQuery subProcesses, OrganigramQueries organigram) {
        this.source = source;
        this.subProcesses = subProcesses;
        this.organigram = organigram;
    }

    /** The same queries over an in-memory dataset (tests, tools). */
    public static TransparencyQueries over(Dataset dataset, NamedQueries queries) {
        return new TransparencyQueries(RowSource.over(dataset), queries.find(SUB_PROCESSES).orElseThrow(),
                OrganigramQueries.over(dataset, queries));
    }

    /** The same queries reading the edition graph {@code editionGraph} only ({@code ?__edition}). */
    public TransparencyQueries in(String editionGraph) {
        return new TransparencyQueries(EditionRowSource.reading(source, editionGraph), subProcesses,
                organigram.in(editionGraph));
    }

    /** The units as a tree, one root per Ente, children in the document's order ({@code organigram/tree}). */
    List<TreeNode> units() {
        return organigram.tree();
    }

    /** For each unit holding activities, its sub-processes in the map's order ({@code transparency/office-sub-processes}). */
    Map<String, List<SubProcess>> competences() {
        Map<String, List<SubProcess>> byUnit = new LinkedHashMap<>();
        for (Map<String, String> row : Rows.of(source.select(subProcesses, Map.of()))) {
            byUnit.computeIfAbsent(row.get("unit"), unit -> new ArrayList<>()).add(new SubProcess(
                    row.get("subProcess"), row.get("notation"), row.get("label"),
                    Integer.parseInt(row.get("activities"))));
        }
        byUnit.values().forEach(list -> list.sort(
                Comparator.comparing(SubProcess::notation, OrganigramQueries.NOTATION_ORDER)));
        return byUnit;
    }

    /** The queries the page ran, as they ran (edition bound), for its "see the SPARQL" links. */
    List<PageQuery> pageQueries() {
        return List.of(new PageQuery(TREE, organigram.queryText(TREE, null)),
                new PageQuery(SUB_PROCESSES, subProcesses.textWith(source.parametersFor(subProcesses, Map.of()))));
    }
}
