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
    /** Credit for a question word found only in an article's title, not in the passage itself. */
    static final double TITLE_ONLY_CREDIT = 0.6;


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

    public double threshold() {
        return threshold;
    }

    public Answer answer(String question) {
        String key = TextNormalizer.normalize(question);
        return cache.get(key, k -> compute(question));
    }

    /** Answers without the cache (for evaluation and admin diagnostics). */
    public Answer compute(String question) {
        QueryTerms query = QueryTerms.of(question, synonyms, index.typos());
        if (query.isEmpty()) {
            return notSure(query, List.of(), List.of(), 0, "");
        }
        double[] weights = weights(query);
        List<KnowledgeIndex.Hit> hits = index.search(query, CANDIDATES);
        if (hits.isEmpty()) {
            return notSure(query, List.of(), List.of(), 0, "");
        }
        float top = hits.get(0).score();
        String asked = expandedQuestion(query);
        List<Scored> scored = new ArrayList<>(hits.size());
        for (KnowledgeIndex.Hit hit : hits) {
            scored.add(score(query, weights, asked, hit, top));
        }
        scored.sort(Comparator.comparingDouble(Scored::rank).reversed());
        List<Answer.Candidate> candidates = scored.stream().limit(10).map(Scored::candidate).toList();
        Scored best = scored.get(0);
        Extract extract = extract(query, weights, best.indexed());
        double confidence = confidence(query, best, extract);
        if (confidence < threshold) {
            return notSure(query, suggestions(scored), candidates, confidence, extract.text());
        }
        KnowledgeEntry e = best.indexed().entry();
        Answer.Citation citation = new Answer.Citation(e.title(), e.source(), clip(e.body(), MAX_ANSWER_CHARS), e.file());
        return new Answer(true, extract.text(), List.of(citation), round(confidence), List.of(), candidates,
                explain(query, extract.text()));
    }

    private record Scored(KnowledgeIndex.Indexed indexed, double rank, double coverage, double questionMatch,
                          double bm25, boolean kindMatch) {
        Answer.Candidate candidate() {
            KnowledgeEntry e = indexed.entry();
            return new Answer.Candidate(e.title(), e.file(), clip(e.body(), 120), e.isFaq(), round(rank),
                    round(coverage), round(questionMatch), round(bm25), kindMatch);
        }
    }

    private record Extract(String text, double coverage) {
    }

    private Scored score(QueryTerms query, double[] weights, String asked, KnowledgeIndex.Hit hit, float top) {
        KnowledgeIndex.Indexed ix = hit.indexed();
        boolean faq = ix.entry().isFaq();
        double coverage = faq ? coverage(query, weights, ix.text()) : coverage(query, weights, ix.title(), ix.body());
        double questionMatch = faq ? questionMatch(asked, ix.questionWords(), ix.questionWeights())
                : coverage(query, weights, ix.title(), ix.focus());
        double bm25 = top > 0 ? hit.score() / top : 0;
        boolean kindMatch = query.kind() != QuestionKind.OTHER && ix.answers(query.kind());
        // A curated FAQ answer is preferred to a passage that merely mentions the same words, and an entry that
        // is about the question's first topic word (starts with it) to one that names it in passing.
        double prior = faq ? 0.05 : 0;
        double subject = aboutFirstTerm(query, faq ? ix.title() : ix.focus()) ? 0.05 : 0;
        double rank = 0.45 * coverage + 0.30 * questionMatch + 0.15 * bm25 + (kindMatch ? 0.10 : 0) + prior + subject;
        return new Scored(ix, rank, coverage, questionMatch, bm25, kindMatch);
    }

    private static boolean aboutFirstTerm(QueryTerms query, String text) {
        if (query.terms().isEmpty()) return false;
        QueryTerms.Term first = query.terms().get(0);
        String head = text.length() > 12 ? text.substring(0, 12) : text;
        head = head.replace("“", "").replace("”", "").replace("\"", "");
        if (head.contains(first.text())) return true;
        for (String alt : first.alternatives()) {
            if (head.contains(alt)) return true;
        }
        return false;
    }

    /**
     * How sure the bot is that the best candidate answers the question: the share of the question's content the
     * answer covers (for a passage mostly the extracted sentences themselves), lowered when a FAQ row's own
     * question shares nothing with the member's, and when the answer lacks the kind of fact asked for.
     */
    private double confidence(QueryTerms query, Scored best, Extract extract) {
        double c;
        if (best.indexed().entry().isFaq()) {
            c = best.coverage();
            // Only short words in common with the answer, none with its question (今天吃什么 against an answer
            // that happens to say 今天): the entry is about something else.
            if (best.questionMatch() == 0 && query.terms().stream().allMatch(t -> t.text().length() <= 2)) c *= 0.5;
        } else {
            c = 0.7 * extract.coverage() + 0.3 * best.coverage();
        }
        if (query.kind() != QuestionKind.OTHER && query.kind() != QuestionKind.WHO
                && !query.kind().answeredBy(TextNormalizer.normalize(extract.text()))) {
            c *= 0.85;
        }
        if (query.terms().stream().allMatch(QueryTerms.Term::singleChar)) {
            c *= 0.5; // single characters alone (吃, 路) do not say what the question is about
        }
        // A year or number the member names that the answer does not contain means the answer is about
        // another time or thing (2023年有多少党员 against a 2021 figure): never answer that confidently.
        String answered = best.indexed().entry().isFaq() ? best.indexed().text() : TextNormalizer.normalize(extract.text());
        for (QueryTerms.Term t : query.terms()) {
            if (t.isNumber() && !answered.contains(t.text())) {
                c *= 0.6;
                break;
            }
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
            w[i] = (t.singleChar() ? 0.35 * Math.min(idf, index.maxIdf() / 2) : idf) * t.topicWeight();

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

    /** Like {@link #coverage(QueryTerms, double[], String)}, with less credit for words found only in the title. */
    double coverage(QueryTerms query, double[] weights, String title, String body) {
        double total = 0, found = 0;
        List<QueryTerms.Term> terms = query.terms();
        for (int i = 0; i < terms.size(); i++) {
            total += weights[i];
            double inBody = covers(terms.get(i), body);
            found += weights[i] * Math.max(inBody, TITLE_ONLY_CREDIT * covers(terms.get(i), title));
        }
        return total == 0 ? 0 : found / total;
    }

    private static double covers(QueryTerms.Term term, String text) {
        for (String alt : term.alternatives()) {
            if (text.contains(alt)) {
                return 1;
            }
        }
        return contains(text, term.text());
    }

    /** 1 when the text contains the word; for a long word, partial credit by the share of its bigrams found. */
    private static double contains(String text, String t) {
        if (text.contains(t)) {
            return 1;
        }
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

    /** The member's question with every synonym of its words appended. */
    private static String expandedQuestion(QueryTerms query) {
        StringBuilder expanded = new StringBuilder(query.normalized());
        for (QueryTerms.Term t : query.terms()) {
            expanded.append(' ').append(t.text());
            for (String alt : t.alternatives()) {
                expanded.append(' ').append(alt);
            }
        }
        return expanded.toString();
    }

    /** Rarity-weighted share of a FAQ question's own content words that the member's question mentions. */
    private static double questionMatch(String all, List<String> questionWords, double[] weights) {
        if (questionWords.isEmpty()) {
            return 0;
        }
        double total = 0, found = 0;
        for (int i = 0; i < questionWords.size(); i++) {
            total += weights[i];
            found += weights[i] * contains(all, questionWords.get(i));
        }
        return total == 0 ? 0 : found / total;
    }

    /** The sentence(s) of an entry that answer the question, at most {@link #MAX_ANSWER_CHARS} characters. */
    private Extract extract(QueryTerms query, double[] weights, KnowledgeIndex.Indexed ix) {
        KnowledgeEntry e = ix.entry();
        if (e.isFaq()) {
            return new Extract(clipSentences(e.sentences().get(0)), coverage(query, weights, ix.text()));
        }
        String title = ix.title();
        List<String> sentences = e.sentences();
        int best = e.focus();
        double bestScore = -1;
        for (int i = 0; i < sentences.size(); i++) {
            String norm = TextNormalizer.normalize(sentences.get(i));
            double s = coverage(query, weights, title, norm)
                    + (query.kind().answeredBy(norm) ? 0.15 : 0) + (i == e.focus() ? 0.05 : 0);
            if (s > bestScore) {
                bestScore = s;
                best = i;
            }
        }
        String text = sentences.get(best);
        double covered = coverage(query, weights, title, TextNormalizer.normalize(text));
        // A short sentence may leave part of the question to its neighbour: add it when it covers more.
        for (int j : new int[]{best + 1, best - 1}) {
            if (j < 0 || j >= sentences.size() || covered >= 0.999) continue;
            String joined = j > best ? text + sentences.get(j) : sentences.get(j) + text;
            if (joined.length() > MAX_ANSWER_CHARS) continue;
            double more = coverage(query, weights, title, TextNormalizer.normalize(joined));
            if (more > covered + 0.05) {
                text = joined;
                covered = more;
            }
        }
        return new Extract(clipSentences(text), covered);
    }

    private Answer notSure(QueryTerms query, List<String> suggestions, List<Answer.Candidate> candidates,
                           double confidence, String bestText) {
        return new Answer(false, "", List.of(), round(confidence), suggestions, candidates, explain(query, bestText));
    }

    private static Answer.Explanation explain(QueryTerms query, String bestText) {
        List<String> terms = new ArrayList<>();
        for (QueryTerms.Term t : query.terms()) {
            terms.add(t.alternatives().isEmpty() ? t.text() : t.text() + "=" + String.join("|", t.alternatives()));
        }
        return new Answer.Explanation(query.normalized(), terms, bestText);
    }

    private static List<String> suggestions(List<Scored> scored) {
        Set<String> out = new LinkedHashSet<>();
        for (Scored s : scored) {
            // close: it has a third of the question, or the question has half of its own question
            if (s.coverage() < 0.34 && s.questionMatch() < 0.5) continue;
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
