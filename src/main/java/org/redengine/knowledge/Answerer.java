package org.redengine.knowledge;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Answers a question from one {@link KnowledgeIndex}: ranks entries with BM25, re-ranks the best ones by how
 * much of the question's content (weighted by rarity) they cover, extracts the sentence(s) that answer, and
 * decides whether it is confident enough to answer at all. Raw BM25 scores are not comparable across queries,
 * so confidence comes from coverage, which is.
 */
public final class Answerer {

    /** Longest answer text, in characters, before the source note. */
    public static final int MAX_ANSWER_CHARS = 200;
    static final int CANDIDATES = 30;

    private final KnowledgeIndex index;
    private final Synonyms synonyms;
    private final double threshold;
    private final Cache<String, Answer> cache;

    public Answerer(KnowledgeIndex index, Synonyms synonyms, double threshold) {
        this.index = index;
        this.synonyms = synonyms;
        this.threshold = threshold;
        this.cache = Caffeine.newBuilder().maximumSize(20_000).recordStats().build();
    }

    public Cache<String, Answer> cache() {
        return cache;
    }

    public KnowledgeIndex index() {
        return index;
    }

    public Answer answer(String question) {
        String key = TextNormalizer.normalize(question);
        return cache.get(key, k -> compute(question));
    }

    /** Answers without the cache (for evaluation and admin diagnostics). */
    public Answer compute(String question) {
        QueryTerms query = QueryTerms.of(question, synonyms);
        if (query.isEmpty()) {
            return notSure(List.of(), List.of());
        }
        double[] weights = weights(query);
        List<KnowledgeIndex.Hit> hits = index.search(query, CANDIDATES);
        if (hits.isEmpty()) {
            return notSure(List.of(), List.of());
        }
        float top = hits.get(0).score();
        List<Scored> scored = new ArrayList<>(hits.size());
        for (KnowledgeIndex.Hit hit : hits) {
            scored.add(score(query, weights, hit, top));
        }
        scored.sort(Comparator.comparingDouble(Scored::rank).reversed());
        List<Answer.Candidate> candidates = scored.stream().limit(10).map(Scored::candidate).toList();
        Scored best = scored.get(0);
        Extract extract = extract(query, weights, best.indexed());
        double confidence = confidence(query, weights, best, extract);
        if (confidence < threshold) {
            return new Answer(false, "", List.of(), round(confidence), suggestions(scored), candidates);
        }
        KnowledgeEntry e = best.indexed().entry();
        Answer.Citation citation = new Answer.Citation(e.title(), e.source(), clip(e.body(), MAX_ANSWER_CHARS), e.file());
        return new Answer(true, extract.text(), List.of(citation), round(confidence), List.of(), candidates);
    }

    private record Scored(KnowledgeIndex.Indexed indexed, double rank, double coverage, double questionMatch,
                          double bm25) {
        Answer.Candidate candidate() {
            KnowledgeEntry e = indexed.entry();
            return new Answer.Candidate(e.title(), e.file(), clip(e.body(), 120), round(rank), round(coverage),
                    round(questionMatch), round(bm25));
        }
    }

    private record Extract(String text, double coverage) {
    }

    private Scored score(QueryTerms query, double[] weights, KnowledgeIndex.Hit hit, float top) {
        KnowledgeIndex.Indexed ix = hit.indexed();
        double coverage = coverage(query, weights, ix.text());
        double focus = coverage(query, weights, ix.focusText());
        double questionMatch = ix.entry().isFaq() ? reverseCoverage(query, ix.questionWords()) : focus;
        double bm25 = top > 0 ? hit.score() / top : 0;
        double kindBonus = query.kind() != QuestionKind.OTHER && query.kind().answeredBy(ix.focusText()) ? 1 : 0;
        double rank = 0.45 * coverage + 0.30 * questionMatch + 0.15 * bm25 + 0.10 * kindBonus;
        return new Scored(ix, rank, coverage, questionMatch, bm25);
    }

    private double confidence(QueryTerms query, double[] weights, Scored best, Extract extract) {
        KnowledgeIndex.Indexed ix = best.indexed();
        double c;
        if (ix.entry().isFaq()) {
            c = 0.7 * best.coverage() + 0.3 * best.questionMatch();
        } else {
            String title = TextNormalizer.normalize(ix.entry().title());
            double answerCoverage = coverage(query, weights, title + " " + TextNormalizer.normalize(extract.text()));
            c = 0.7 * answerCoverage + 0.3 * best.coverage();
        }
        if (query.kind() != QuestionKind.OTHER && query.kind() != QuestionKind.WHO
                && !query.kind().answeredBy(TextNormalizer.normalize(extract.text()))) {
            c *= 0.85;
        }
        return c;
    }

    /** Weight of each query term: its rarity, less for single characters (weak evidence either way). */
    private double[] weights(QueryTerms query) {
        List<QueryTerms.Term> terms = query.terms();
        double[] w = new double[terms.size()];
        for (int i = 0; i < w.length; i++) {
            QueryTerms.Term t = terms.get(i);
            double idf = index.idf(t.text());
            for (String alt : t.alternatives()) {
                idf = Math.min(idf, index.idf(alt));
            }
            w[i] = t.singleChar() ? 0.35 * Math.min(idf, index.maxIdf() / 2) : idf;
        }
        return w;
    }

    /** Share of the question's weighted content found in a text (synonyms count; partial credit by bigrams). */
    double coverage(QueryTerms query, double[] weights, String text) {
        double total = 0, found = 0;
        List<QueryTerms.Term> terms = query.terms();
        for (int i = 0; i < terms.size(); i++) {
            total += weights[i];
            found += weights[i] * covers(terms.get(i), text);
        }
        return total == 0 ? 0 : found / total;
    }

    private static double covers(QueryTerms.Term term, String text) {
        if (text.contains(term.text())) {
            return 1;
        }
        for (String alt : term.alternatives()) {
            if (text.contains(alt)) {
                return 1;
            }
        }
        String t = term.text();
        if (t.length() >= 3) {
            int hits = 0;
            for (int i = 0; i + 2 <= t.length(); i++) {
                if (text.contains(t.substring(i, i + 2))) {
                    hits++;
                }
            }
            return 0.8 * hits / (t.length() - 1);
        }
        return 0;
    }

    /** Share of a FAQ question's own content words that the member's question mentions. */
    private static double reverseCoverage(QueryTerms query, List<String> questionWords) {
        if (questionWords.isEmpty()) {
            return 0;
        }
        String q = query.normalized();
        StringBuilder expanded = new StringBuilder(q);
        for (QueryTerms.Term t : query.terms()) {
            for (String alt : t.alternatives()) {
                expanded.append(' ').append(alt);
            }
        }
        String all = expanded.toString();
        double total = 0, found = 0;
        for (String w : questionWords) {
            double weight = w.length() == 1 ? 0.35 : 1;
            total += weight;
            if (all.contains(w)) {
                found += weight;
            }
        }
        return found / total;
    }

    /** The sentence(s) of an entry that answer the question, at most {@link #MAX_ANSWER_CHARS} characters. */
    private Extract extract(QueryTerms query, double[] weights, KnowledgeIndex.Indexed ix) {
        KnowledgeEntry e = ix.entry();
        if (e.isFaq()) {
            return new Extract(clipSentences(e.sentences().get(0)), 1);
        }
        String title = TextNormalizer.normalize(e.title());
        List<String> sentences = e.sentences();
        int best = e.focus();
        double bestScore = -1;
        for (int i = 0; i < sentences.size(); i++) {
            String norm = TextNormalizer.normalize(sentences.get(i));
            double s = coverage(query, weights, title + " " + norm)
                    + (query.kind().answeredBy(norm) ? 0.15 : 0) + (i == e.focus() ? 0.05 : 0);
            if (s > bestScore) {
                bestScore = s;
                best = i;
            }
        }
        String text = sentences.get(best);
        double covered = coverage(query, weights, title + " " + TextNormalizer.normalize(text));
        // A short sentence may leave part of the question to its neighbour: add it when it covers more.
        for (int j : new int[]{best + 1, best - 1}) {
            if (j < 0 || j >= sentences.size() || covered >= 0.999) continue;
            String joined = j > best ? text + sentences.get(j) : sentences.get(j) + text;
            if (joined.length() > MAX_ANSWER_CHARS) continue;
            double more = coverage(query, weights, title + " " + TextNormalizer.normalize(joined));
            if (more > covered + 0.05) {
                text = joined;
                covered = more;
            }
        }
        return new Extract(clipSentences(text), covered);
    }

    private Answer notSure(List<String> suggestions, List<Answer.Candidate> candidates) {
        return new Answer(false, "", List.of(), 0, suggestions, candidates);
    }

    private static List<String> suggestions(List<Scored> scored) {
        Set<String> out = new LinkedHashSet<>();
        for (Scored s : scored) {
            if (s.coverage() <= 0.15) continue;
            String title = s.indexed().entry().title();
            int dot = title.indexOf(" · ");
            out.add(dot > 0 ? title.substring(0, dot) : title);
            if (out.size() == 3) break;
        }
        return List.copyOf(out);
    }

    /** Shortens text to the limit on a sentence (or clause) boundary, never mid-character. */
    static String clipSentences(String text) {
        if (text.length() <= MAX_ANSWER_CHARS) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        for (String s : Sentences.split(text)) {
            if (out.length() + s.length() > MAX_ANSWER_CHARS) break;
            out.append(s);
        }
        if (out.length() >= 40) {
            return out.toString();
        }
        return clip(text, MAX_ANSWER_CHARS);
    }

    static String clip(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = max - 1;
        if (Character.isHighSurrogate(text.charAt(cut - 1))) cut--;
        int clause = Math.max(text.lastIndexOf('，', cut), text.lastIndexOf('、', cut));
        if (clause > max / 2) cut = clause;
        return text.substring(0, cut) + "…";
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
