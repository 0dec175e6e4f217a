package it.cciaa.organigramma.search;

import it.cciaa.organigramma.search.SearchResults.KindCount;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * One complete, read-only index of the searchable resources, built in memory in one go and never changed after.
 * It is shared by concurrent searches through the reader's reference count: {@link #tryAcquire()} before use,
 * {@link #release()} after; the holder's own reference is released when a newer snapshot replaces it, and the last
 * release frees it.
 */
final class IndexSnapshot {
    /** How many matches completion ranks, at most, before keeping the best. */
    private static final int SUGGESTION_CANDIDATES = 200;

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final int size;
    private final Instant builtAt;
    /** The chambers whose units it holds, by identifier, in the order of their names. */
    private final Map<String, Chamber> chambers;

    private IndexSnapshot(DirectoryReader reader, int size, Instant builtAt, Map<String, Chamber> chambers) {
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.size = size;
        this.builtAt = builtAt;
        this.chambers = chambers;
    }

    /** Indexes the documents (in a stable order, so that equal scores rank the same way at every build). */
    static IndexSnapshot build(List<SearchDocument> documents) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (Analyzer analyzer = new PerFieldAnalyzerWrapper(new ItalianTextAnalyzer(),
                Map.of(SearchFields.COMPLETION, WordPrefixAnalyzer.forIndexing()))) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
                for (SearchDocument document : documents.stream().sorted(Comparator.comparing(SearchDocument::kind)
                        .thenComparing(SearchDocument::notation).thenComparing(SearchDocument::iri)).toList()) {
                    writer.addDocument(SearchFields.document(document));
                }
            }
            DirectoryReader reader = DirectoryReader.open(directory);
            reader.getReaderCacheHelper().addClosedListener(key -> directory.close());
            return new IndexSnapshot(reader, documents.size(), Instant.now(), chambers(documents));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the search index", e);
        }
    }

    /** The chambers of the documents' units, by identifier, in the order of their names. */
    private static Map<String, Chamber> chambers(List<SearchDocument> documents) {
        return documents.stream().flatMap(document -> document.chamber().stream())
                .sorted(Comparator.comparing(Chamber::name).thenComparing(Chamber::ente))
                .collect(Collectors.toMap(Chamber::ente, Function.identity(), (first, same) -> first, LinkedHashMap::new));
    }

    /** Takes a reference for one use; false if the snapshot was freed meanwhile (take the newer one). */
    boolean tryAcquire() {
        return reader.tryIncRef();
    }

    void release() {
        try {
            reader.decRef();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many resources it holds. */
    int size() {
        return size;
    }

    Instant builtAt() {
        return builtAt;
    }

    /** The chambers whose units it holds, in the order of their names. */
    List<Chamber> chambers() {
        return List.copyOf(chambers.values());
    }

    /** The chamber an identifier names, if asked; 400 when the index holds no unit of it. */
    private Optional<Chamber> chamber(Optional<String> ente) {
        return ente.map(identifier -> Optional.ofNullable(chambers.get(identifier)).orElseThrow(() -> {
            String known = String.join(", ", chambers.keySet());
            return new InvalidSearchException("Ente sconosciuto: «" + SearchRequest.abbreviated(identifier)
                    + "». Gli enti si indicano con il loro identificativo: " + known + " (l'elenco è in /enti) / "
                    + "unknown ente: use one of " + known);
        }));
    }

    SearchResults search(SearchRequest request) throws IOException {
        Optional<Chamber> chamber = chamber(request.ente());
        UserQuery userQuery = UserQuery.of(request.text(), reader);
        Query query = restrict(userQuery.query(), request.kind(), chamber);
        TopDocs top = searcher.search(query, request.offset() + request.limit());
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>();
        for (int i = request.offset(); i < top.scoreDocs.length; i++) {
            hits.add(hit(stored.document(top.scoreDocs[i].doc), top.scoreDocs[i], userQuery));
        }
        List<KindCount> counts = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            counts.add(new KindCount(kind, searcher.count(restrict(userQuery.query(), Optional.of(kind), chamber))));
        }
        return new SearchResults(request.text(), request.kind(), chamber, searcher.count(query), request.offset(),
                request.limit(), hits, counts);
    }

    /** The query kept to one kind, and to one chamber's units and what every chamber shares, when asked. */
    private static Query restrict(Query query, Optional<Kind> kind, Optional<Chamber> chamber) {
        if (kind.isEmpty() && chamber.isEmpty()) {
            return query;
        }
        BooleanQuery.Builder restricted = new BooleanQuery.Builder().add(query, Occur.MUST);
        kind.ifPresent(only -> restricted.add(new TermQuery(new Term(SearchFields.KIND, only.code())), Occur.FILTER));
        chamber.ifPresent(only -> restricted.add(new BooleanQuery.Builder()
                .add(new TermQuery(new Term(SearchFields.CHAMBER, only.ente())), Occur.SHOULD)
                .add(new TermQuery(new Term(SearchFields.CHAMBER, SearchFields.NO_CHAMBER)), Occur.SHOULD)
                .build(), Occur.FILTER));
        return restricted.build();
    }

    private static SearchHit hit(Document document, ScoreDoc scored, UserQuery query) {
        SnippetMaker.Snippet snippet = SnippetMaker.make(query, Arrays.asList(document.getValues(SearchFields.OTHER_LABEL)),
                valueOf(document, SearchFields.DESCRIPTION));
        return new SearchHit(document.get(SearchFields.IRI), Kind.fromCode(document.get(SearchFields.KIND)).orElseThrow(),
                document.get(SearchFields.LABEL), valueOf(document, SearchFields.NOTATION),
                valueOf(document, SearchFields.CATEGORY), SearchFields.chamber(document), scored.score, snippet.text(),
                snippet.highlights());
    }

    /**
     * Labels whose words (or other names or code) start with the typed words, best first: the resource whose code is
     * the typed text, labels that start with it, codes that start with it, then the rest; within each, higher levels
     * (shorter codes) first, units before processes, activities and laws, then in code order. One per label. With
     * {@code ente}, only that chamber's units (and what every chamber shares).
     */
    List<Suggestion> suggest(String typed, Optional<String> ente, int limit) throws IOException {
        Optional<Chamber> chamber = chamber(ente);
        List<String> words = TypedWords.of(typed);
        if (words.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder everyWord = new BooleanQuery.Builder();
        words.forEach(word -> everyWord.add(new TermQuery(new Term(SearchFields.COMPLETION, word)), Occur.MUST));
        TopDocs top = searcher.search(restrict(everyWord.build(), Optional.empty(), chamber), SUGGESTION_CANDIDATES);
        StoredFields stored = searcher.storedFields();
        Map<String, Suggestion> byLabel = new LinkedHashMap<>();
        for (ScoreDoc scored : top.scoreDocs) {
            Document document = stored.document(scored.doc);
            Suggestion suggestion = new Suggestion(document.get(SearchFields.LABEL), document.get(SearchFields.IRI),
                    Kind.fromCode(document.get(SearchFields.KIND)).orElseThrow(), valueOf(document, SearchFields.NOTATION),
                    SearchFields.chamber(document));
            byLabel.putIfAbsent(TypedWords.fold(suggestion.label()), suggestion);
        }
        String start = TypedWords.fold(typed.strip());
        Comparator<Suggestion> order = Comparator
                .comparingInt((Suggestion suggestion) -> tier(suggestion, start))
                .thenComparingInt(suggestion -> suggestion.notation().length())
                .thenComparing(Suggestion::kind)
                .thenComparing(Suggestion::notation)
                .thenComparingInt(suggestion -> suggestion.label().length())
                .thenComparing(Suggestion::label);
        return byLabel.values().stream().sorted(order).limit(limit).toList();
    }

    /** 0: its code is the typed text; 1: its label starts with it; 2: its code does; 3: a word of it does. */
    private static int tier(Suggestion suggestion, String start) {
        String code = TypedWords.fold(suggestion.notation());
        if (!code.isEmpty() && code.equals(start)) {
            return 0;
        }
        if (TypedWords.fold(suggestion.label()).startsWith(start)) {
            return 1;
        }
        return !code.isEmpty() && code.startsWith(start) ? 2 : 3;
    }

    private static String valueOf(Document document, String field) {
        String value = document.get(field);
        return value == null ? "" : value;
    }
}
