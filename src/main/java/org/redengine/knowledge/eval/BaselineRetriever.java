package org.redengine.knowledge.eval;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.redengine.knowledge.KnowledgeBase;
import org.redengine.knowledge.KnowledgeEntry;

import java.io.IOException;
import java.util.Optional;

/**
 * The plain-Lucene baseline the evaluation compares against: the same entries as documents, StandardAnalyzer
 * (one token per Chinese character), BM25, and always the top document as the answer.
 */
public final class BaselineRetriever {

    private final IndexSearcher searcher;
    private final StandardAnalyzer analyzer = new StandardAnalyzer();

    private BaselineRetriever(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    public static BaselineRetriever build(KnowledgeBase kb) throws IOException {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (KnowledgeEntry e : kb.entries()) {
                Document d = new Document();
                String text = e.isFaq() ? e.title() + " " + e.body() : e.title() + " " + e.body();
                d.add(new TextField("text", text, Field.Store.NO));
                d.add(new StoredField("answer", e.isFaq() ? e.body() : e.body()));
                w.addDocument(d);
            }
        }
        return new BaselineRetriever(new IndexSearcher(DirectoryReader.open(dir)));
    }

    /** The top document's text, or empty when nothing matches at all. */
    public Optional<String> answer(String question) throws IOException {
        String escaped = QueryParser.escape(question);
        if (escaped.isBlank()) return Optional.empty();
        Query q;
        try {
            q = new QueryParser("text", analyzer).parse(escaped);
        } catch (org.apache.lucene.queryparser.classic.ParseException e) {
            return Optional.empty();
        }
        TopDocs top = searcher.search(q, 1);
        if (top.scoreDocs.length == 0) return Optional.empty();
        return Optional.of(searcher.storedFields().document(top.scoreDocs[0].doc).get("answer"));
    }
}
