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
    /** Entries closest in meaning added to BM25's candidates (paraphrases that share no words with the entry). */
    static final int SEMANTIC_CANDIDATES = 10;
    /** Credit for a question word found only in an article's title, not in the passage itself. */
    static final double TITLE_ONLY_CREDIT = 0.6;


    private final KnowledgeIndex index;
    private final Synonyms synonyms;
    private final double threshold;
    private final AnswerModel model;
    private final Cache<String, Answer> cache;

    public Answerer(KnowledgeIndex index, Synonyms synonyms, double threshold) {
        this(index, synonyms, threshold, AnswerModel.standard());
    }

    public Answerer(KnowledgeIndex index, Synonyms synonyms, double threshold, AnswerModel model) {
        this.index = index;
        this.synonyms = synonyms;
        this.threshold = threshold;
        this.model = model;
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
        return answer(question, null);
    }

    /**
     * The answer in a chat of this scope ({@code channel:groupId} for a group, null for a private chat): a group
     * also sees its own entries (FAQ rows its organizers added), every chat the global ones. Cached as a chat needs
     * it, without the candidates and the explanation ({@link #compute} gives those).
     */
    public Answer answer(String question, String chatScope) {
        return cache.get(key(question, chatScope), k -> compute(question, chatScope).forChat());
    }

    /** The cached answer in a chat of this scope, or null when it would have to be worked out. */
    public Answer cached(String question, String chatScope) {
        return cache.getIfPresent(key(question, chatScope));
    }

    private static String key(String question, String chatScope) {
        return chatScope == null ? TextNormalizer.normalize(question) : chatScope + "\u0000" + TextNormalizer.normalize(question);
    }

    /** One candidate answer with its signals ({@link AnswerModel#FEATURES}) and the ranker's score. */
    public record Scored(KnowledgeIndex.Indexed indexed, String text, double[] features, double logit, boolean vetoed,
                         int anchors, boolean phaseConflict) {
        double feature(String name) {
            return features[AnswerModel.FEATURES.indexOf(name)];
        }

        Answer.Candidate candidate(double probability) {
            KnowledgeEntry e = indexed.entry();
            return new Answer.Candidate(e.title(), e.file(), clip(text, MAX_ANSWER_CHARS), e.isFaq(), round(probability),
                    round(feature("coverage")), round(feature("questionMatch")), round(feature("bm25")),
                    feature("kindHit") > 0, round(feature("cosine")), anchors, phaseConflict, vetoed);
        }
    }

    private record Extract(String text, double coverage) {
    }

    /** Everything answering computed for a question (for evaluation and fitting the model). */
    public record Considered(QueryTerms query, List<Scored> ranked, double confidence, boolean semantic) {
    }

    /** Answers without the cache (for evaluation and admin diagnostics). */
    public Answer compute(String question) {
        return compute(question, null);
    }

    private Answer compute(String question, String chatScope) {
        Considered c = consider(question, model, chatScope);
        QueryTerms query = c.query();
        if (c.ranked().isEmpty()) {
            return notSure(query, List.of(), List.of(), 0, "");
        }
        // each candidate's share of the ranker's belief (a softmax over the candidates not ruled out)
        double max = c.ranked().get(0).logit(), sum = 0;
        for (Scored s : c.ranked()) if (!s.vetoed()) sum += Math.exp(s.logit() - max);
        List<Answer.Candidate> candidates = new ArrayList<>();
        for (Scored s : c.ranked().subList(0, Math.min(10, c.ranked().size()))) {
            candidates.add(s.candidate(s.vetoed() || sum == 0 ? 0 : Math.exp(s.logit() - max) / sum));
        }
        Scored best = c.ranked().get(0);
        if (best.vetoed() || c.confidence() < threshold) {
            return new Answer(false, "", List.of(), round(c.confidence()), suggestions(c.ranked()), candidates,
                    explain(query, best.text(), c.semantic()));
        }
        KnowledgeEntry e = best.indexed().entry();
        Answer.Citation citation = new Answer.Citation(e.title(), e.source(), clip(e.body(), MAX_ANSWER_CHARS), e.file());
        return new Answer(true, best.text(), List.of(citation), round(c.confidence()), List.of(), candidates,
                explain(query, best.text(), c.semantic()));
    }

    /**
     * Finds the candidates (BM25's best, and the entries closest in meaning when the question is not an exact FAQ
     * question), extracts what each would answer, scores it with the model, and decides how sure the best one is.
     */
    public Considered consider(String question, AnswerModel m) {
        return consider(question, m, null);
    }

    private Considered consider(String question, AnswerModel m, String chatScope) {
        QueryTerms query = QueryTerms.of(question, synonyms, index.typos(), index::knows);
        if (query.isEmpty()) return new Considered(query, List.of(), 0, false);
        double[] weights = weights(query);
        List<KnowledgeIndex.Hit> lexical = index.search(query, CANDIDATES, chatScope);
        // A member who typed an FAQ question word for word is answered without the semantic model (cheap and certain).
        // (among all of BM25's candidates, not only its first: rows that differ by a number score alike)
        String typed = bare(query.normalized());
        KnowledgeIndex.Indexed exactEntry = null;
        for (KnowledgeIndex.Hit h : lexical) {
            String title = h.indexed().entry().title();
            // a quick length test first: a title much longer or shorter than the question cannot be it
            if (h.indexed().entry().isFaq() && Math.abs(title.length() - typed.length()) <= 6 && bare(title).equals(typed)) {
                exactEntry = h.indexed();
                break;
            }
        }
        boolean exact = exactEntry != null;
        float[] qv = exact ? null : index.semantics().query(question);
        java.util.Map<Integer, double[]> found = new java.util.LinkedHashMap<>(); // ordinal -> {bm25, lexical rank}
        float top = lexical.isEmpty() ? 0 : lexical.get(0).score();
        for (int r = 0; r < lexical.size(); r++) {
            KnowledgeIndex.Hit h = lexical.get(r);
            found.put(h.indexed().ordinal(), new double[] {top > 0 ? h.score() / top : 0, 1.0 / (1 + r)});
        }
        for (KnowledgeIndex.Hit h : index.nearest(qv, SEMANTIC_CANDIDATES, chatScope)) {
            found.putIfAbsent(h.indexed().ordinal(), new double[] {0, 0});
        }
        if (found.isEmpty()) return new Considered(query, List.of(), 0, qv != null);
        Set<String> askedAnchors = AnswerChecks.anchors(query.normalized());
        AnswerChecks.Phase phase = AnswerChecks.phaseOf(query.normalized());
        String asked = expandedQuestion(query);
        boolean weak = query.terms().stream().filter(t -> !t.singleChar()).count() <= 1
                && query.terms().stream().allMatch(t -> t.text().length() <= 2);
        double[] cosines = new double[found.size()];
        List<KnowledgeIndex.Indexed> items = new ArrayList<>(found.size());
        double bestCos = 0;
        int i = 0;
        int exactOrdinal = exact ? exactEntry.ordinal() : -1;
        for (int ordinal : found.keySet()) {
            KnowledgeIndex.Indexed ix = index.entries().get(ordinal);
            items.add(ix);
            // the FAQ question the member typed word for word means exactly what they asked
            cosines[i] = ordinal == exactOrdinal ? 1.0 : index.cosine(ix, qv);
            bestCos = Math.max(bestCos, cosines[i]);
            i++;
        }
        List<Scored> scored = new ArrayList<>(items.size());
        i = 0;
        for (KnowledgeIndex.Indexed ix : items) {
            double[] lex = found.get(ix.ordinal());
            scored.add(score(query, weights, asked, askedAnchors, phase, weak, ix, lex[0], lex[1], cosines[i], cosines[i] - bestCos,
                    qv, m));
            i++;
        }
        scored.sort(Comparator.comparingDouble((Scored s) -> s.vetoed() ? Double.NEGATIVE_INFINITY : s.logit()).reversed());
        Scored best = scored.get(0);
        double second = scored.size() > 1 && !scored.get(1).vetoed() ? scored.get(1).logit() : best.logit() - 10;
        double confidence = best.vetoed() ? 0 : m.gateProbability(gateFeatures(best, second));
        if (!best.vetoed() && best.indexed().ordinal() == exactOrdinal) confidence = Math.max(confidence, 0.99);
        return new Considered(query, scored, confidence, qv != null);
    }

    /**
     * The share of the question's content the answer covers (for a passage mostly the extracted sentences), lowered
     * when a FAQ row's own question shares only short words with the member's, when the answer lacks the kind of
     * fact asked for, when only single characters matched, and when a year or number the member named is missing.
     */
    private static double lexicalConfidence(QueryTerms query, KnowledgeIndex.Indexed ix, double coverage, double questionMatch,
                                            double answerCoverage, String said) {
        boolean faq = ix.entry().isFaq();
        double c = faq ? coverage : 0.7 * answerCoverage + 0.3 * coverage;
        if (faq && questionMatch == 0 && query.terms().stream().allMatch(t -> t.text().length() <= 2)) c *= 0.5;
        if (query.kind() != QuestionKind.OTHER && query.kind() != QuestionKind.WHO && !query.kind().answeredBy(said)) c *= 0.85;
        if (query.terms().stream().allMatch(QueryTerms.Term::singleChar)) c *= 0.5;
        String answered = faq ? ix.text() : said;
        for (QueryTerms.Term t : query.terms()) {
            if (t.isNumber() && !answered.contains(t.text())) {
                c *= 0.6;
                break;
            }
        }
        return c;
    }

    /** Share of the question's names (people, places, organisations, other proper nouns) the text contains. */
    private static double entityCoverage(QueryTerms query, String text) {
        int names = 0, found = 0;
        for (QueryTerms.Term t : query.terms()) {
            String n = t.nature();
            if (!(n.startsWith("nr") || n.startsWith("ns") || n.startsWith("nt") || n.startsWith("nz") || n.isEmpty())) continue;
            names++;
            if (covers(t, text) >= 1) found++;
        }
        return names == 0 ? 1 : (double) found / names;
    }

    private double sentenceCosine(String extract, float[] qv, double fallback) {
        if (qv == null) return fallback;
        double best = Double.NaN;
        for (String sentence : Sentences.split(extract)) {
            double c = index.sentenceCosine(sentence, qv);
            if (!Double.isNaN(c)) best = Double.isNaN(best) ? c : Math.max(best, c);
        }
        return Double.isNaN(best) ? fallback : best;
    }

    /** Whether a text starts with (is about) the question's first topic word. */
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

    /** The gate's signals ({@link AnswerModel#GATE_FEATURES}) for the best candidate. */
    public static double[] gateFeatures(Scored best, double secondLogit) {
        return gateFeatures(best.features(), best.logit(), secondLogit);
    }

    public static double[] gateFeatures(double[] best, double bestLogit, double secondLogit) {
        return new double[] {bestLogit, Math.min(10, bestLogit - secondLogit),
                best[AnswerModel.FEATURES.indexOf("lexicalConfidence")], best[AnswerModel.FEATURES.indexOf("answerCosine")]};
    }

    /**
     * A knowledge-base text normalised, remembered: the same FAQ answers and passage sentences are normalised for
     * question after question (normalising is a pure function of the text, so any generation may share them).
     */
    private static String normalized(String text) {
        return NORMALIZED.get(text, TextNormalizer::normalize);
    }

    private static final Cache<String, String> NORMALIZED = Caffeine.newBuilder().maximumSize(50_000).build();

    private static final java.util.regex.Pattern NOT_BARE = java.util.regex.Pattern.compile("[\\p{P}\\s]+|吗$|呢$");

    private static String bare(String text) {
        return NOT_BARE.matcher(TextNormalizer.normalize(text)).replaceAll("");
    }

    private Scored score(QueryTerms query, double[] weights, String asked, Set<String> askedAnchors, AnswerChecks.Phase askedPhase, boolean weak,
                         KnowledgeIndex.Indexed ix, double bm25, double lexicalRank, double cosine, double cosineGap,
                         float[] qv, AnswerModel m) {
        boolean semantic = qv != null;
        boolean faq = ix.entry().isFaq();
        Extract extract = extract(query, weights, askedAnchors, askedPhase, ix);
        String said = normalized(extract.text());
        double coverage = faq ? coverage(query, weights, ix.text()) : coverage(query, weights, ix.title(), ix.body());
        double answerCoverage = faq ? coverage(query, weights, said) : extract.coverage();
        double questionMatch = faq ? questionMatch(asked, ix.questionWords(), ix.questionWeights())
                : coverage(query, weights, ix.title(), ix.focus());
        QuestionKind kind = query.kind();
        boolean kindAsked = kind != QuestionKind.OTHER;
        AnswerChecks.Holds fact = kindAsked ? AnswerChecks.holdsKind(kind, said, query.normalized()) : AnswerChecks.Holds.YES;
        boolean holds = kindAsked && fact == AnswerChecks.Holds.YES;
        String context = faq ? ix.title() + " " + said : ix.title() + " " + said;
        int anchors = AnswerChecks.anchorAgreement(askedAnchors, AnswerChecks.anchors(context));
        boolean phase = AnswerChecks.phaseConflict(askedPhase, said);
        double lexicalConfidence = lexicalConfidence(query, ix, coverage, questionMatch, answerCoverage, said);
        // the hand-tuned ranking of earlier versions, kept as one signal among the others
        double prior = faq ? 0.05 : 0;
        double subject = aboutFirstTerm(query, faq ? ix.title() : ix.focus()) ? 0.05 : 0;
        double heuristic = 0.45 * coverage + 0.30 * questionMatch + 0.15 * bm25 + (holds ? 0.10 : 0) + prior + subject;
        // the meaning of the very sentence that would be the answer (its own passage's vector), else the entry's
        double answerCosine = faq || qv == null ? cosine : sentenceCosine(extract.text(), qv, cosine);
        double[] f = {coverage, answerCoverage, questionMatch, bm25, cosine, cosineGap, holds ? 1 : 0,
                kindAsked && !holds ? 1 : 0, anchors > 0 ? 1 : 0, faq ? 1 : 0, weak ? 1 : 0, lexicalRank,
                semantic && bm25 == 0 ? 1 : 0, heuristic, lexicalConfidence, answerCosine,
                coverage(query, weights, said), entityCoverage(query, ix.text() + " " + said)};
        // never an answer: another congress or year than the one asked, another phase of the event, only the very
        // person, place or date the question names, or (for the kinds read reliably) no date, number or meeting at all
        boolean veto = anchors < 0 || phase || fact == AnswerChecks.Holds.ONLY_ASKED || (fact == AnswerChecks.Holds.NONE
                && (kind == QuestionKind.WHEN || kind == QuestionKind.COUNT || kind == QuestionKind.MEETING));
        return new Scored(ix, extract.text(), f, m.rankLogit(f), veto, anchors, phase);
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

    /**
     * The sentence(s) of an entry that answer the question, at most {@link #MAX_ANSWER_CHARS} characters: in a
     * passage, the sentence that covers most of the question and holds the kind of fact asked for, agrees with its
     * anchors and speaks of the same phase of the event (plus a neighbour when that covers more).
     */
    private Extract extract(QueryTerms query, double[] weights, Set<String> askedAnchors, AnswerChecks.Phase askedPhase,
                            KnowledgeIndex.Indexed ix) {
        KnowledgeEntry e = ix.entry();
        if (e.isFaq()) {
            return new Extract(clipSentences(e.sentences().get(0)), coverage(query, weights, ix.text()));
        }
        String title = ix.title();
        List<String> sentences = e.sentences();
        int best = e.focus();
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < sentences.size(); i++) {
            String norm = normalized(sentences.get(i));
            int anchors = AnswerChecks.anchorAgreement(askedAnchors, AnswerChecks.anchors(title + " " + norm));
            double s = coverage(query, weights, title, norm) + (query.kind() != QuestionKind.OTHER && query.kind().answeredBy(norm) ? 0.3 : 0)
                    + 0.3 * anchors - (AnswerChecks.phaseConflict(askedPhase, norm) ? 0.5 : 0) + (i == e.focus() ? 0.05 : 0);
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
        return new Answer(false, "", List.of(), round(confidence), suggestions, candidates, explain(query, bestText, false));
    }

    private static Answer.Explanation explain(QueryTerms query, String bestText, boolean semantic) {
        List<String> terms = new ArrayList<>();
        for (QueryTerms.Term t : query.terms()) {
            terms.add(t.alternatives().isEmpty() ? t.text() : t.text() + "=" + String.join("|", t.alternatives()));
        }
        return new Answer.Explanation(query.normalized(), terms, bestText, query.kind().name().toLowerCase(java.util.Locale.ROOT),
                List.copyOf(AnswerChecks.anchors(query.normalized())), semantic);
    }

    private static List<String> suggestions(List<Scored> scored) {
        Set<String> out = new LinkedHashSet<>();
        for (Scored s : scored) {
            // close: it has a third of the question, or the question has half of its own question, or a close meaning
            if (s.feature("coverage") < 0.34 && s.feature("questionMatch") < 0.5 && s.feature("cosine") < 0.7) continue;
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
