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
    private final SectionScopes scopes;

    public Answerer(KnowledgeIndex index, Synonyms synonyms, double threshold) {
        this(index, synonyms, threshold, AnswerModel.standard());
    }

    public Answerer(KnowledgeIndex index, Synonyms synonyms, double threshold, AnswerModel model) {
        this.index = index;
        this.synonyms = synonyms;
        this.threshold = threshold;
        this.model = model;
        this.cache = Caffeine.newBuilder().maximumSize(20_000).recordStats().build();
        this.scopes = SectionScopes.of(index.entries());
    }

    /**
     * The answerer of an updated index, keeping the cached answers of the one before that the update cannot have
     * changed ({@link Inherited}); none after a full build, or when the threshold differs.
     */
    public static Answerer after(Answerer previous, KnowledgeIndex index, Synonyms synonyms, double threshold) {
        Answerer next = new Answerer(index, synonyms, threshold, previous.model);
        if (index.changedSincePrevious() != null && previous.threshold == threshold) {
            next.inherited = Inherited.of(previous.cache, index.changedSincePrevious(), synonyms);
        }
        return next;
    }

    /**
     * The previous generation's answers, taken over one by one as they are asked, where the entries changed since
     * cannot affect them. A question's candidates are found by the words and character pairs it shares with an entry
     * (and its synonyms'), so an answer is taken only when its question has no two characters side by side in common
     * with any changed entry, old or new, nor with a synonym of a phrase they contain, and it cites none of them.
     * Fallbacks never are: a new entry may answer them by meaning alone. (Not exact: single characters are not looked
     * at, and every edit shifts BM25's statistics a little; a new entry that matches a kept question only in meaning
     * is found once that answer leaves the cache.) Only the cache is held, not the previous index.
     */
    private record Inherited(Cache<String, Answer> cache, int[] pairs, Set<String> cited) {
        static Inherited of(Cache<String, Answer> cache, List<KnowledgeIndex.Indexed> changed, Synonyms synonyms) {
            Set<Integer> pairSet = new java.util.HashSet<>();
            Set<String> cited = new java.util.HashSet<>();
            StringBuilder all = new StringBuilder();
            for (KnowledgeIndex.Indexed ix : changed) {
                addPairs(ix.text(), pairSet);
                all.append(ix.text()).append('\n');
                cited.add(citation(ix.entry().file(), ix.entry().title()));
            }
            String changedText = all.toString();
            // a question with a phrase is also searched with the phrase's alternatives: if a changed entry has one of
            // them, the question is affected through the phrase
            for (String phrase : synonyms.phrases()) {
                for (String alternative : synonyms.alternativesOf(phrase)) {
                    if (changedText.contains(alternative)) {
                        addPairs(phrase, pairSet);
                        break;
                    }
                }
            }
            return new Inherited(cache, pairSet.stream().mapToInt(Integer::intValue).sorted().toArray(), cited);
        }

        /** The previous generation's answer under this key, when the changes cannot affect it; else null. */
        Answer get(String key) {
            Answer answer = cache.getIfPresent(key);
            if (answer == null || !answer.confident()) return null;
            for (Answer.Citation c : answer.citations()) if (cited.contains(citation(c.file(), c.title()))) return null;
            for (int i = key.indexOf('\u0000') + 1; i + 1 < key.length(); i++) {
                if (java.util.Arrays.binarySearch(pairs, pair(key.charAt(i), key.charAt(i + 1))) >= 0) return null;
            }
            return answer;
        }

        private static String citation(String file, String title) {
            return file + "\u0000" + title;
        }

        /** Two characters side by side, as one number. */
        private static int pair(char a, char b) {
            return a << 16 | b;
        }

        private static void addPairs(String text, Set<Integer> pairs) {
            for (int i = 0; i + 1 < text.length(); i++) pairs.add(pair(text.charAt(i), text.charAt(i + 1)));
        }
    }

    /** Set once, before the answerer serves (published with the snapshot that holds it). */
    private Inherited inherited;

    /** An answerer of the same index with another model and threshold (and a cache of its own). */
    public Answerer with(AnswerModel m, double t) {
        return new Answerer(index, synonyms, t, m);
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
        String key = key(question, chatScope);
        Answer kept = cached(key);
        return kept != null ? kept : cache.get(key, k -> compute(question, chatScope).forChat());
    }

    /** The cached answer in a chat of this scope, or null when it would have to be worked out. */
    public Answer cached(String question, String chatScope) {
        return cached(key(question, chatScope));
    }

    /** This generation's cached answer, or one the generation before had that the edits since cannot change. */
    private Answer cached(String key) {
        Answer a = cache.getIfPresent(key);
        if (a != null || inherited == null) return a;
        a = inherited.get(key);
        if (a != null) cache.put(key, a);
        return a;
    }

    private static String key(String question, String chatScope) {
        return chatScope == null ? TextNormalizer.normalize(question) : chatScope + "\u0000" + TextNormalizer.normalize(question);
    }

    /** One candidate answer with its signals ({@link AnswerModel#FEATURES}) and the ranker's score. */
    public record Scored(KnowledgeIndex.Indexed indexed, String text, double[] features, double logit, boolean vetoed,
                         int anchors, boolean phaseConflict, boolean rowAsksOther, boolean unstated, boolean detailMissing) {
        double feature(String name) {
            return features[AnswerModel.FEATURES.indexOf(name)];
        }

        Scored withLogit(double l) {
            return new Scored(indexed, text, features, l, vetoed, anchors, phaseConflict, rowAsksOther, unstated, detailMissing);
        }

        Answer.Candidate candidate(double probability) {
            KnowledgeEntry e = indexed.entry();
            return new Answer.Candidate(e.title(), e.file(), clip(text, MAX_ANSWER_CHARS), e.isFaq(), round(probability),
                    round(feature("coverage")), round(feature("questionMatch")), round(feature("bm25")),
                    feature("kindHit") > 0, round(feature("cosine")), anchors, phaseConflict, rowAsksOther, unstated, detailMissing, vetoed);
        }
    }

    private record Extract(String text, double coverage) {
    }

    /** How a question was answered: which signals were worked out before the decision. */
    public enum Route {
        /** Nothing in the knowledge base shares a word or a meaning with it. */
        NONE,
        /** An FAQ question typed word for word: the sentence model not consulted. */
        EXACT,
        /** The lexical signals alone were near-certain (the model's lexical shortcut): the sentence model not consulted. */
        LEXICAL,
        /** The question was encoded: the entries closest in meaning joined the candidates, cosines joined the signals. */
        SEMANTIC
    }

    /** Everything answering computed for a question (for evaluation and fitting the model). */
    public record Considered(QueryTerms query, List<Scored> ranked, double confidence, Route route) {
        public boolean semantic() {
            return route == Route.SEMANTIC;
        }
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
                    explain(query, best.text(), c.route()));
        }
        KnowledgeEntry e = best.indexed().entry();
        Answer.Citation citation = new Answer.Citation(e.title(), e.source(), clip(e.body(), MAX_ANSWER_CHARS), e.file());
        return new Answer(true, best.text(), List.of(citation), round(c.confidence()), List.of(), candidates,
                explain(query, best.text(), c.route()));
    }

    /**
     * Finds the candidates (BM25's best, and the entries closest in meaning when the question is not an exact FAQ
     * question), extracts what each would answer, scores it with the model, and decides how sure the best one is.
     */
    public Considered consider(String question, AnswerModel m) {
        return consider(question, m, null);
    }

    /**
     * Answering's lexical pass alone, as the lexical shortcut sees it (the candidates BM25 finds, scored without the
     * sentence model, ranked by {@code m}): for fitting the shortcut's own model.
     */
    public Considered considerLexically(String question, AnswerModel m) {
        QueryTerms query = QueryTerms.of(index.withHonouredNames(question, this::taught), synonyms, index.typos(), index::knows);
        if (query.isEmpty()) return new Considered(query, List.of(), 0, Route.NONE);
        LexicalPass pass = lexicalPass(query, null);
        if (pass.scored().isEmpty()) return new Considered(query, List.of(), 0, Route.NONE);
        List<Scored> ranked = rank(pass.scored(), m);
        return new Considered(query, ranked, gate(ranked, m, query), pass.exactOrdinal() >= 0 ? Route.EXACT : Route.LEXICAL);
    }

    /** What the lexical pass found: the candidates scored on their lexical signals, and the exact FAQ row if typed. */
    private record LexicalPass(double[] weights, String asked, Set<String> askedAnchors,
                               AnswerChecks.Phase phase, boolean weak, List<Scored> scored, int exactOrdinal) {
    }

    private LexicalPass lexicalPass(QueryTerms query, String chatScope) {
        double[] weights = weights(query);
        List<KnowledgeIndex.Hit> lexical = index.search(query, CANDIDATES, chatScope);
        // A member who typed an FAQ question word for word means exactly it (cheap and certain).
        // (among all of BM25's candidates, not only its first: rows that differ by a number score alike)
        String typed = bare(query.normalized());
        int exactOrdinal = -1;
        for (KnowledgeIndex.Hit h : lexical) {
            String title = h.indexed().entry().title();
            // a quick length test first: a title much longer or shorter than the question cannot be it
            if (h.indexed().entry().isFaq() && Math.abs(title.length() - typed.length()) <= 6 && bare(title).equals(typed)) {
                exactOrdinal = h.indexed().ordinal();
                break;
            }
        }
        Set<String> askedAnchors = AnswerChecks.anchors(query.normalized());
        AnswerChecks.Phase phase = AnswerChecks.phaseOf(query.normalized());
        String asked = expandedQuestion(query);
        boolean weak = query.terms().stream().filter(t -> !t.singleChar()).count() <= 1
                && query.terms().stream().allMatch(t -> t.text().length() <= 2);
        List<Scored> scored = new ArrayList<>(lexical.size());
        float top = lexical.isEmpty() ? 0 : lexical.get(0).score();
        boolean exact = exactOrdinal >= 0;
        for (int r = 0; r < lexical.size(); r++) {
            KnowledgeIndex.Hit h = lexical.get(r);
            // before the sentence model: no meaning known, except that the FAQ question typed word for word means
            // exactly what was asked
            double cosine = h.indexed().ordinal() == exactOrdinal ? 1.0 : 0;
            double gap = exact ? cosine - 1.0 : 0;
            Scored s = score(query, weights, asked, askedAnchors, phase, weak, h.indexed(), top > 0 ? h.score() / top : 0,
                    1.0 / (1 + r), cosine, gap, null, model);
            // the row whose question was typed word for word was written for exactly this question: the checks that
            // catch a wrong match (kind, anchors, phase) misread some answers, and must not refuse an admin's own row
            if (s.vetoed() && h.indexed().ordinal() == exactOrdinal) {
                s = new Scored(s.indexed(), s.text(), s.features(), s.logit(), false, s.anchors(), s.phaseConflict(), s.rowAsksOther(), s.unstated(), s.detailMissing());
            }
            scored.add(s);
        }
        return new LexicalPass(weights, asked, askedAnchors, phase, weak, withoutSupplantedLeads(scored, query, weights), exactOrdinal);
    }

    private Considered consider(String asked, AnswerModel m, String chatScope) {
        // (read with a surname and 老 as the person meant, by the sentence model too: 任老 is 任弼时 to both)
        String question = index.withHonouredNames(asked, this::taught);
        QueryTerms query = QueryTerms.of(question, synonyms, index.typos(), index::knows);
        if (query.isEmpty()) return new Considered(query, List.of(), 0, Route.NONE);
        LexicalPass pass = lexicalPass(query, chatScope);
        if (pass.exactOrdinal() >= 0) {
            List<Scored> ranked = rank(pass.scored(), m);
            double confidence = gate(ranked, m, query);
            if (!ranked.get(0).vetoed() && ranked.get(0).indexed().ordinal() == pass.exactOrdinal()) {
                confidence = Math.max(confidence, 0.99);
            }
            return new Considered(query, ranked, confidence, Route.EXACT);
        }
        AnswerModel shortcut = m.lexical();
        if (shortcut != null && !pass.scored().isEmpty()) {
            List<Scored> ranked = rank(pass.scored(), shortcut);
            double confidence = gate(ranked, shortcut, query);
            // never less sure than an answer needs to be (an operator's stricter threshold holds here too), and never
            // for an answer that lacks the kind of fact asked (a where-question answered by a sentence naming no place)
            // or a name the question gives (古田会议 asked, a row about 中共一大 found): the sentence model has a say
            if (!ranked.get(0).vetoed() && takesShortcut(ranked.get(0).features()) && confidence >= Math.max(shortcut.threshold(), threshold)) {
                return new Considered(query, ranked, confidence, Route.LEXICAL);
            }
        }
        float[] qv = index.semantics().query(question);
        if (qv == null && pass.scored().isEmpty()) return new Considered(query, List.of(), 0, Route.NONE);
        // the lexical candidates, then the entries closest in meaning that BM25 did not find
        java.util.Map<Integer, Scored> found = new java.util.LinkedHashMap<>();
        for (Scored s : pass.scored()) found.put(s.indexed().ordinal(), s);
        List<KnowledgeIndex.Indexed> byMeaning = new ArrayList<>();
        for (KnowledgeIndex.Hit h : index.nearest(qv, SEMANTIC_CANDIDATES, chatScope)) {
            if (!found.containsKey(h.indexed().ordinal())) {
                found.put(h.indexed().ordinal(), null);
                byMeaning.add(h.indexed());
            }
        }
        if (found.isEmpty()) return new Considered(query, List.of(), 0, qv != null ? Route.SEMANTIC : Route.NONE);
        double bestCos = 0;
        for (int ordinal : found.keySet()) bestCos = Math.max(bestCos, index.cosine(index.entries().get(ordinal), qv));
        List<Scored> scored = new ArrayList<>(found.size());
        for (Scored s : pass.scored()) {
            double cosine = index.cosine(s.indexed(), qv);
            scored.add(withMeaning(s, cosine, cosine - bestCos, qv, m));
        }
        for (KnowledgeIndex.Indexed ix : byMeaning) {
            double cosine = index.cosine(ix, qv);
            scored.add(score(query, pass.weights(), pass.asked(), pass.askedAnchors(), pass.phase(), pass.weak(), ix, 0, 0,
                    cosine, cosine - bestCos, qv, m));
        }
        List<Scored> ranked = rank(withoutSupplantedLeads(scored, query, pass.weights()), m);
        return new Considered(query, ranked, gate(ranked, m, query), qv != null ? Route.SEMANTIC : Route.NONE);
    }

    /**
     * A news story's lead sets its scene (本报讯…溪禾市第二中学高一（3）班的46名学生…来到…陈望道故居…): a question naming
     * that scene finds the lead whatever detail of the day it asks. When another sentence of the same story says a good
     * part of what the question asks that the lead's passage does not (研学报告…不少于800字, for 研学要求每人交的研学报告
     * 至少多少字), the question asks that later detail, and the lead is no answer.
     */
    private List<Scored> withoutSupplantedLeads(List<Scored> scored, QueryTerms query, double[] weights) {
        List<QueryTerms.Term> terms = query.terms();
        double total = 0;
        for (double w : weights) total += w;
        if (total == 0) return scored;
        List<Scored> out = null;
        for (int i = 0; i < scored.size(); i++) {
            Scored lead = scored.get(i);
            if (lead.vetoed() || !scopes.isLead(lead.indexed(), normalized(lead.text()))) continue;
            String passage = lead.indexed().text();
            double supplanting = 0;
            for (Scored other : scored) {
                // (a sentence ruled out as an answer tells no later detail: 主题党日提前到11月5日举行, of another phase)
                if (other == lead || other.vetoed() || other.indexed().entry().isFaq() || !other.indexed().entry().file().equals(lead.indexed().entry().file())
                        || sameAnswer(lead.text(), other.text())) continue;
                String said = normalized(other.text());
                double found = 0;
                for (int t = 0; t < terms.size(); t++) {
                    // (the act that held the day, 举行, is the lead's as much as any sentence's: 开会念材料 adds no detail)
                    if (HOLDING_ACTS.contains(terms.get(t).text())) continue;
                    found += weights[t] * Math.max(0, covers(terms.get(t), said) - covers(terms.get(t), passage));
                }
                supplanting = Math.max(supplanting, found / total);
            }
            if (supplanting >= LEAD_SUPPLANTED) {
                if (out == null) out = new ArrayList<>(scored);
                out.set(i, new Scored(lead.indexed(), lead.text(), lead.features(), lead.logit(), true, lead.anchors(),
                        lead.phaseConflict(), lead.rowAsksOther(), lead.unstated(), true));
            }
        }
        return out == null ? scored : out;
    }

    /** Words for holding an event, which the lead tells in its own words (开展, 举办 for 举行). */
    private static final Set<String> HOLDING_ACTS = Set.of("举行", "召开", "举办", "开展", "进行", "开会", "组织", "搞");

    /** The share of the question's weight another sentence of the story must add to its lead's to supplant it. */
    private static final double LEAD_SUPPLANTED = 0.1;

    /** The candidates ordered by a model's ranker, the vetoed last. */
    private static List<Scored> rank(List<Scored> scored, AnswerModel m) {
        List<Scored> ranked = new ArrayList<>(scored.size());
        for (Scored s : scored) ranked.add(s.withLogit(m.rankLogit(s.features())));
        ranked.sort(Comparator.comparingDouble((Scored s) -> s.vetoed() ? Double.NEGATIVE_INFINITY : s.logit()).reversed());
        return ranked;
    }

    /** How sure the model's gate is that the best of the ranked candidates is right. */
    private static double gate(List<Scored> ranked, AnswerModel m, QueryTerms query) {
        Scored best = ranked.get(0);
        if (best.vetoed()) return 0;
        double second = best.logit() - 10;
        for (int i = 1; i < ranked.size() && !ranked.get(i).vetoed(); i++) {
            if (!sameAnswer(best.text(), ranked.get(i).text(), query.kind(), query.normalized())) {
                second = ranked.get(i).logit();
                break;
            }
        }
        return m.gateProbability(best.features(), best.logit(), second);
    }

    /** How many characters two answers must begin with alike to be one sentence told at different lengths. */
    private static final int SAME_START = 20;

    /**
     * Whether two candidates give the same answer: the same sentence (an FAQ row and an article saying it alike, or
     * two passages quoting it), whole or one within the other, or told from the same beginning at different lengths.
     * The lead of the best candidate is measured over the first that says something else: a runner-up agreeing with
     * it is no rival, and the sentence told twice must not make the bot less sure than told once. For a when-,
     * how-many, who- or where-question, two sentences giving the same dates, counts, people or places
     * ({@link AnswerSlots}) agree too.
     */
    public static boolean sameAnswer(String a, String b, QuestionKind kind, String question) {
        return sameAnswer(a, b) || AnswerSlots.agree(a, b, kind, question);
    }

    /** Whether two candidates are the same sentence (see {@link #sameAnswer(String, String, QuestionKind, String)}). */
    public static boolean sameAnswer(String a, String b) {
        String x = bareText(a), y = bareText(b);
        if (x.isEmpty() || y.isEmpty()) return false;
        if (x.contains(y) || y.contains(x)) return true;
        int n = Math.min(x.length(), y.length());
        return n >= SAME_START && x.regionMatches(0, y, 0, SAME_START);
    }

    private static String bareText(String text) {
        return BARE_TEXT.get(text, t -> NOT_BARE.matcher(TextNormalizer.normalize(t)).replaceAll(""));
    }

    private static final Cache<String, String> BARE_TEXT = Caffeine.newBuilder().maximumSize(50_000).build();

    /** A normalised text without punctuation and spaces (“红色引擎”微信学习群 names 红色引擎微信学习群), remembered. */
    private static String barePart(String normalized) {
        return BARE_PART.get(normalized, t -> NOT_BARE.matcher(t).replaceAll(""));
    }

    private static final Cache<String, String> BARE_PART = Caffeine.newBuilder().maximumSize(50_000).build();

    /** A lexically scored candidate with the sentence model's signals filled in. */
    private Scored withMeaning(Scored s, double cosine, double cosineGap, float[] qv, AnswerModel m) {
        double[] f = s.features().clone();
        f[COSINE] = cosine;
        f[COSINE_GAP] = cosineGap;
        f[SEMANTIC_ONLY] = qv != null && f[BM25] == 0 ? 1 : 0;
        f[ANSWER_COSINE] = s.indexed().entry().isFaq() || qv == null ? cosine : sentenceCosine(s.text(), qv, cosine);
        return new Scored(s.indexed(), s.text(), f, m.rankLogit(f), s.vetoed(), s.anchors(), s.phaseConflict(), s.rowAsksOther(), s.unstated(), s.detailMissing());
    }

    private static final int COSINE = AnswerModel.FEATURES.indexOf("cosine");
    private static final int COSINE_GAP = AnswerModel.FEATURES.indexOf("cosineGap");
    private static final int SEMANTIC_ONLY = AnswerModel.FEATURES.indexOf("semanticOnly");
    private static final int ANSWER_COSINE = AnswerModel.FEATURES.indexOf("answerCosine");
    private static final int BM25 = AnswerModel.FEATURES.indexOf("bm25");
    private static final int KIND_MISS = AnswerModel.FEATURES.indexOf("kindMiss");
    private static final int ENTITY_COVERAGE = AnswerModel.FEATURES.indexOf("entityCoverage");

    /**
     * How much of what a question says beyond an FAQ row's own question the row's answer must cover, when the row
     * was written for another kind of question, to answer it.
     */
    private static final double ROW_ASKS_OTHER_COVERAGE = 0.5;

    /**
     * Whether a candidate may be answered without the sentence model: it holds the kind of fact asked, if any, and
     * every name the question gives is in its entry.
     */
    public static boolean takesShortcut(double[] features) {
        return features[KIND_MISS] == 0 && features[ENTITY_COVERAGE] >= 1;
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
            if (t.isNumber() && !answered.contains(t.text()) && t.alternatives().stream().noneMatch(answered::contains)) {
                c *= 0.6;
                break;
            }
        }
        return c;
    }

    /**
     * Whether the text names a person whose name differs from this three-character one in its second or third character
     * only (毛岸英 for 毛岸青): a brother, a sister or a namesake, not the person asked about.
     */
    private static boolean alikePersonNamed(String name, String text) {
        for (int at = text.indexOf(name.charAt(0)); at >= 0 && at + 3 <= text.length(); at = text.indexOf(name.charAt(0), at + 1)) {
            String other = text.substring(at, at + 3);
            boolean alike = other.charAt(1) == name.charAt(1) ^ other.charAt(2) == name.charAt(2);
            if (alike && HonouredNames.isPersonName(other)) return true;
        }
        return false;
    }

    /** Whether a word of the question opens right after a surname that, with its first character, is a name the knowledge base knows. */
    private static boolean endsAKnownName(String question, String word, java.util.function.Predicate<String> known) {
        for (int at = question.indexOf(word); at > 0; at = question.indexOf(word, at + 1)) {
            for (int k = 1; k <= 2 && at - k >= 0; k++) {
                String name = question.substring(at - k, at + 1);
                if (known.test(name) && HonouredNames.isPersonName(name)) return true;
            }
        }
        return false;
    }

    /**
     * Whether the question names a place (古田, 遵义, 延安: the segmenter's place names) or a proper name of four
     * characters or more (古田会议) that the entry nowhere mentions, in any of its synonyms: an entry that never
     * names what is asked about is about something else (古田会议在哪里召开 is not answered by a row about 中共一大,
     * however alike the questions read); or a person the knowledge base knows, where the entry names instead another
     * whose name differs by one character (毛岸青 asked, a row about 毛岸英 found).
     */
    private static boolean placeMissing(QueryTerms query, KnowledgeIndex.Indexed ix, String title, String said, java.util.function.Predicate<String> known) {
        String text = null, plain = null; // without punctuation: “红色引擎”微信学习群 names 红色引擎微信学习群
        for (QueryTerms.Term t : query.terms()) {
            // a year or number the segmenter took for a name (1949年) is no name: the checks of dates and numbers read it
            if (AnswerChecks.hasDigit(t.text())) continue;
            boolean place = t.nature().startsWith("ns") && t.text().length() >= 2 && !EVERYWHERE.contains(t.text());
            // a proper name of four characters or more: 古田会议, 井冈山会师, as a knowledge base teaches them
            boolean longName = t.nature().startsWith("nz") && t.text().length() >= 4;
            // a person's full name the knowledge base knows (毛岸青): another's birth year is not theirs, however alike
            // the names read (a name it does not know may be a typo the corrector left: 刘伯成)
            boolean person = t.nature().startsWith("nr") && t.text().length() == 3 && known.test(t.text()) && HonouredNames.isPersonName(t.text());
            // (a name of two characters, 孟泰, is missed only where the sentence is about another person)
            boolean shortName = t.nature().startsWith("nr") && t.text().length() == 2 && AnswerChecks.readsAsAName(t.text())
                    && known.test(t.text()) && HonouredNames.isPersonName(t.text());
            // a name only inside the quoted name of an event (“追寻程开甲足迹”知识竞答的总结人) is not the person asked
            // about; a "name" a village or town level follows (石埠村, 石埠 read as a name) is the place's
            if ((person || shortName) && AnswerChecks.onlyInsideQuotes(query.normalized(), t.text())) person = shortName = false;
            if ((person || shortName) && AnswerChecks.followedByPlaceLevel(query.normalized(), t.text())) {
                person = shortName = false;
                place = true;
            }
            boolean named = place || longName || person || shortName
                    // a craft or vessel's name (奋斗者号, 蛟龙号): another's depth or date is not its
                    || t.text().length() >= 3 && t.text().endsWith("号") && !t.text().startsWith("几") && !NOT_A_CRAFT.matcher(t.text()).find();
            if (!named) continue;
            // a place read from the end of a person's name and the word after it (孟/泰和 of 孟泰和工友们): no place asked
            if (place && endsAKnownName(query.normalized(), t.text(), known)) continue;
            boolean faq = ix.entry().isFaq();
            // a sentence about another person than the one asked (1992年，钱三强在北京逝世 for 何泽慧是哪一年去世的),
            // though the passage around it names them
            if ((person || shortName) && covers(t, said) == 0 && AnswerChecks.opensWithAnotherPerson(said, query.normalized(), t.text(), known)) return true;
            // nor one the person asked only tells of (许鸿年介绍，蒋筑英1938年出生于… for 许鸿年的老家是哪里的)
            if ((person || shortName) && AnswerChecks.onlyTheTeller(said, t.text(), query.normalized(), known)) return true;
            if (covers(t, said) >= 1 || covers(t, faq ? ix.text() : title) >= 1 || !faq && covers(t, ix.body()) >= 1) continue;
            // a person is missed only where the entry names another alike (毛岸英 for 毛岸青): a page's later paragraph
            // need not name again the person its story is about
            if (person || shortName) {
                if (person && alikePersonNamed(t.text(), (faq ? ix.text() : title + " " + ix.body()) + " " + said)) return true;
                // (a sentence opening with another's name is ruled out above: 2009年，苏兆征被评为… for 2009年孟泰被评为什么人物)
                // nor where the passage never names them and the sentence names someone else (副局长孙立新 for 马骏在科里担任
                // 什么职务): a page's later paragraph tells of the person its story is about as 他, not by another's name
                if (AnswerChecks.namesAnotherPerson(said, query.normalized())) return true;
                continue;
            }
            // the kind of thing asked for (坐的啥交通工具) is no name the answer must repeat: it names one of the kind
            if (AnswerChecks.isTheKindAsked(query.normalized(), t.text())) continue;
            if (text == null) text = (faq ? ix.text() : title + " " + ix.body()) + " " + said;
            // each part made bare once and remembered: titles and bodies are read question after question
            if (plain == null) plain = faq ? barePart(ix.text()) + barePart(said) : barePart(title) + barePart(ix.body()) + barePart(said);
            if (covers(t, plain) >= 1) continue;
            // a village, town or county named without its level (西柏坡 for 西柏坡村), not with another (平山县 for 平山村)
            if (place && t.text().length() >= 3 && LEVELS.indexOf(t.text().charAt(t.text().length() - 1)) >= 0
                    && namedWithoutLevel(plain, t.text().substring(0, t.text().length() - 1))) continue;
            // an autonomous prefecture or county named short (凉山州 for 凉山彝族自治州)
            if (place && autonomousNamedShort(plain, t.text())) continue;
            // the country the whole knowledge base is about goes by many names (我国, 新中国, 中华人民共和国)
            if (place && COUNTRY.contains(t.text()) && COUNTRY.stream().anyMatch(plain::contains)) continue;
            // a country named by its one character after going there or staying (赴法, 留美, 旅日, 驻苏 for 法国, 美国…)
            if (place && COUNTRY_BY_ONE.containsKey(t.text()) && COUNTRY_BY_ONE.get(t.text()).matcher(plain).find()) continue;
            // or by a city in it (在巴黎国际发明展览会上 for 在法国拿金奖)
            if (place && CITIES_OF.containsKey(t.text()) && CITIES_OF.get(t.text()).matcher(plain).find()) continue;
            // a long name is named by its two ends (叶挺独立团 by 叶挺领导的独立团, 第一任主席 by 第一个…任主席), but not by
            // one alone: 古田会议 is not named by 会议
            if (longName && !place && plain.contains(t.text().substring(0, 2)) && plain.contains(t.text().substring(t.text().length() - 2))) continue;
            // a place of two characters shortened from three by its ends, as members shorten them (钱江 for 钱塘江)
            if (place && t.text().length() == 2 && shortenedFrom(plain, t.text())) continue;
            return true;
        }
        // a title the question gives in book-title marks (小说《红颜》) names one work: an entry about another does not answer
        java.util.regex.Matcher titled = TITLE.matcher(query.normalized());
        while (titled.find()) {
            String work = NOT_BARE.matcher(titled.group(1)).replaceAll("");
            if (work.isEmpty()) continue;
            if (text == null) text = (ix.entry().isFaq() ? ix.text() : title + " " + ix.body()) + " " + said;
            if (plain == null) plain = NOT_BARE.matcher(text).replaceAll("");
            // whole, and a short title as a title: 红颜 in a line of a poem is not the novel 《红颜》
            if (!plain.contains(work) || work.length() <= 3 && !text.contains("《" + titled.group(1) + "》")) return true;
        }
        return false;
    }

    /** Whether a place like 凉山州 or 木里县 is named in full as an autonomous one (凉山彝族自治州, 木里藏族自治县). */
    static boolean autonomousNamedShort(String plain, String place) {
        if (place.length() < 3 || "州县旗".indexOf(place.charAt(place.length() - 1)) < 0) return false;
        String stem = place.substring(0, place.length() - 1);
        for (int at = plain.indexOf(stem); at >= 0; at = plain.indexOf(stem, at + 1)) {
            int from = at + stem.length();
            String rest = plain.substring(from, Math.min(plain.length(), from + 10));
            int self = rest.indexOf("自治" + place.charAt(place.length() - 1));
            if (self >= 1 && rest.substring(0, self).codePoints().allMatch(Character::isIdeographic)) return true;
        }
        return false;
    }

    /** The levels a place's name may end in. */
    private static final String LEVELS = "村镇乡县市省区";

    /** Whether the text names the place without a level after it (西柏坡是…, not 平山县 for 平山村). */
    private static boolean namedWithoutLevel(String text, String stem) {
        for (int at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, at + 1)) {
            int end = at + stem.length();
            if (end == text.length() || LEVELS.indexOf(text.charAt(end)) < 0) return true;
        }
        return false;
    }

    /** Places that single nothing out (嫦娥四号…跟地球通信): no entry need name them. */
    private static final Set<String> EVERYWHERE = Set.of("地球", "月球", "太空", "世界", "全国", "全世界", "国外", "海外", "国内");
    /** Words ending in 号 that name no craft or vessel (门牌号, 型号, 口号). */
    private static final java.util.regex.Pattern NOT_A_CRAFT = java.util.regex.Pattern.compile(
            "(?:门牌|编|番|型|代|口|称|信|序|年|国|暗|符|问|记|挂|字|账|帐|批|旗|军|商)号$");

    /** The names the country goes by: one of them in an entry names it. */
    private static final List<String> COUNTRY = List.of("中国", "我国", "中华人民共和国", "新中国", "祖国", "中华");
    /** Countries as the words for going, studying or serving there shorten them (赴法, 留美, 旅日, 驻苏). */
    private static final java.util.Map<String, java.util.regex.Pattern> COUNTRY_BY_ONE = java.util.Map.of("法国", "法", "美国", "美",
            "英国", "英", "德国", "德", "日本", "日", "苏联", "苏", "俄国", "俄", "俄罗斯", "俄", "朝鲜", "朝").entrySet().stream()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(java.util.Map.Entry::getKey,
                    e -> java.util.regex.Pattern.compile("[赴留旅访驻]" + e.getValue())));

    /** Countries by their best-known cities, as a text about someone there may name only the city. */
    private static final java.util.Map<String, java.util.regex.Pattern> CITIES_OF = java.util.Map.of(
            "法国", "巴黎|里昂|马赛|蒙达尔纪", "美国", "华盛顿|纽约|波士顿|芝加哥|旧金山|洛杉矶|费城|帕萨迪纳",
            "英国", "伦敦|剑桥|牛津|曼彻斯特|爱丁堡", "德国", "柏林|哥廷根|慕尼黑|汉堡|莱比锡", "日本", "东京|京都|大阪|横滨|仙台",
            "苏联", "莫斯科|列宁格勒|彼得格勒", "俄国", "莫斯科|圣彼得堡|彼得格勒", "俄罗斯", "莫斯科|圣彼得堡", "朝鲜", "平壤|开城|汉城")
            .entrySet().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(java.util.Map.Entry::getKey,
                    e -> java.util.regex.Pattern.compile(e.getValue())));

    /** Whether the synonyms know a word (a name the knowledge base taught: 蔡大姐 for 蔡畅). */
    private boolean taught(String word) {
        return !synonyms.alternativesOf(word).isEmpty();
    }

    /** A title in book-title marks. */
    private static final java.util.regex.Pattern TITLE = java.util.regex.Pattern.compile("《([^《》]{1,40})》");

    /**
     * Whether the question names a congress or plenum (二十一大, 十九届六中全会) that the entry nowhere names, in any
     * form (第二十一次全国代表大会): an entry that never speaks of the meeting asked about does not answer about it,
     * whatever else it shares with the question (a sentence about 五四运动 for 二十一大什么时候召开).
     */
    private static boolean meetingMissing(Set<String> askedAnchors, String entry, String said) {
        if (askedAnchors.isEmpty()) return false;
        Set<String> meetings = null;
        for (String a : askedAnchors) {
            if (!a.startsWith("congress:") && !a.startsWith("plenum:")) continue;
            if (meetings == null) meetings = new LinkedHashSet<>();
            meetings.add(a);
        }
        return meetings != null && AnswerChecks.anchorAgreement(meetings, entry, said) < 1;
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
        String title = faq ? ix.title() : scopes.titleOf(ix);
        double coverage = faq ? coverage(query, weights, ix.text()) : coverage(query, weights, title, ix.body());
        double answerCoverage = faq ? coverage(query, weights, said) : extract.coverage();
        double questionMatch = faq ? questionMatch(asked, ix.questionWords(), ix.questionWeights())
                : coverage(query, weights, title, ix.focus());
        QuestionKind kind = query.kind();
        boolean kindAsked = kind != QuestionKind.OTHER;
        // what the question names, it names in any of its synonyms too (毛主席 names 毛泽东: not a new person)
        // (not by the edition year of the book an imported row cites: 来源：…2021年版)
        AnswerChecks.Holds fact = kindAsked ? AnswerChecks.holdsKind(kind, AnswerChecks.withoutSourceNote(said), asked) : AnswerChecks.Holds.YES;
        // a FAQ row written to say who did something names them, whether or not the name is one the segmenter knows
        // (这首歌是曹火星在1943年创作的, for 这首歌是谁写的)
        // (this goes for a row naming no one the segmenter knows but the person the question asks about too: 演员里坡在
        // 电影《回民支队》中扮演马本斋, for 谁演的马本斋; not a row asking who someone is, 王杰是谁)
        if (faq && kind == QuestionKind.WHO && fact != AnswerChecks.Holds.YES && rowKind(ix) == QuestionKind.WHO
                && (fact == AnswerChecks.Holds.NONE || !ASKS_WHO_SOMEONE_IS.matcher(normalized(ix.entry().title())).find())) fact = AnswerChecks.Holds.YES;
        // a FAQ row answers the question it was written for: one asking another kind of fact (什么时候写入宪法 for
        // 在哪次大会上确立) is about something else, whatever its answer happens to hold
        // (a row asking two kinds, 何时何地, asks each of them)
        boolean rowAsksOther = faq && kindAsked && rowKind(ix) != QuestionKind.OTHER && rowKind(ix) != kind
                && !kind.askedIn(normalized(ix.entry().title()));
        boolean holds = kindAsked && fact == AnswerChecks.Holds.YES && !rowAsksOther;
        int anchors = AnswerChecks.anchorAgreement(askedAnchors, title, said);
        // a FAQ row's answer is read with its own question, which may say the event its answer dates or places (马本斋
        // 的家乡东辛庄今天属于哪个乡: 东辛庄 is his home, though the answer says only where it lies now)
        String withOwnQuestion = faq ? normalized(ix.entry().title()) + "，" + said : said;
        boolean phase = AnswerChecks.phaseConflict(askedPhase, said)
                && !(faq && !AnswerChecks.phaseConflict(askedPhase, withOwnQuestion));
        // a detail asked (what it is made of, another name, what it is called) that the text does not speak of, or a
        // place asked about that the entry never names
        boolean detailMissing = AnswerChecks.detailMissing(askedPhase, said) || placeMissing(query, ix, title, said, index::knows)
                || AnswerChecks.narrowerFirst(asked, said) || AnswerChecks.narrowerCount(asked, said) || AnswerChecks.addsNothing(query.normalized(), said)
                // (叫什么 asks the holder's name as 是谁 does: 支部的书记叫什么)
                || AnswerChecks.postNotTold(asked, said) || AnswerChecks.anotherBodysSecretary(asked, said)
                || AnswerChecks.subjectTeacherNotTold(asked, said)
                || AnswerChecks.onlyAsDeputy(query.normalized(), said) || AnswerChecks.postsOnlyAfterLeaving(query.normalized(), said)
                || AnswerChecks.anotherSchoolTold(query.normalized(), said) || AnswerChecks.attendedSchoolNotTold(query.normalized(), withOwnQuestion)
                || AnswerChecks.postKindNotTold(query.normalized(), withOwnQuestion)
                || AnswerChecks.postOnlyLeft(query.normalized(), said) || AnswerChecks.otherSeasonOfTheYear(query.normalized(), said)
                || kind == QuestionKind.WHEN && AnswerChecks.movedThereNotTold(query.normalized(), said)
                || AnswerChecks.otherCentralSeatTold(query.normalized(), said) || AnswerChecks.otherKindOfBody(query.normalized(), said)
                || kind == QuestionKind.COUNT && AnswerChecks.totalForOneOccasion(query.normalized(), said)
                || AnswerChecks.transferDestinationMissing(query.normalized(), said)
                || AnswerChecks.successionNotTold(query.normalized(), withOwnQuestion) || AnswerChecks.awarderNotTold(query.normalized(), withOwnQuestion)
                || AnswerChecks.schoolRoleNotTold(asked, said) || AnswerChecks.chargeNotTold(asked, said)
                || AnswerChecks.onlyThenForNow(asked, said)
                || AnswerChecks.onlyTheOneExcepted(asked, said) || AnswerChecks.relativeNotNamed(asked, said)
                || AnswerChecks.countedNotNamed(asked, said) || AnswerChecks.countNotAtFounding(asked, said)
                || AnswerChecks.onlyBeforeTheEventAsked(askedPhase, said)
                || AnswerChecks.ordinalNotTold(asked, said) || AnswerChecks.otherLineTold(asked, said)
                // a task put to the bot (教我下象棋) is answered by no entry; the act, manner and day a question asks
                // must be told (a FAQ row's own question tells its act: 谁设计的 by 七一勋章是谁设计的？)
                || AnswerChecks.taskRequest(query.normalized())
                || AnswerChecks.actNotTold(query.normalized(), withOwnQuestion)
                || AnswerChecks.deedNotTold(query.normalized(), withOwnQuestion)
                || AnswerChecks.lecturerNotTold(query.normalized(), withOwnQuestion)
                || AnswerChecks.prizeNotTold(query.normalized(), withOwnQuestion)
                || AnswerChecks.sayingNotTold(query.normalized(), withOwnQuestion)
                || AnswerChecks.honourNotTold(query.normalized(), withOwnQuestion)
                || AnswerChecks.roleNotTold(query.normalized(), withOwnQuestion)
                || AnswerChecks.workNotTold(query.normalized(), withOwnQuestion)
                || !faq && AnswerChecks.onlyInQuotedQuestions(query.normalized(), said)
                // (a page's lead names the day's event, and members quote what they ask of it loosely: only there)
                || !faq && scopes.isLead(ix, said) && AnswerChecks.quotedNotTold(query.normalized(), said, normalized(title))
                || AnswerChecks.partPlayedNotNamed(asked, withOwnQuestion) || AnswerChecks.jobNotTold(asked, said)
                || AnswerChecks.othersNotNamed(asked, said) || AnswerChecks.referentNotNamed(asked, withOwnQuestion)
                || AnswerChecks.mannerNotTold(query.normalized(), said) || AnswerChecks.onlyAfterTheTimeAsked(query.normalized(), said)
                || kind == QuestionKind.WHEN && AnswerChecks.datedOnlyAsPlanned(query.normalized(), said)
                || kind == QuestionKind.WHEN && AnswerChecks.actOnlyReckonedFrom(query.normalized(), said)
                || kind == QuestionKind.WHERE && AnswerChecks.placedOnlyAsPlanned(query.normalized(), said)
                || meetingMissing(askedAnchors, faq ? ix.text() : title + " " + ix.body(), said);
        // a name or detail asked (叫什么, 口号是什么, 什么木头) that the sentence gives: the kind of fact asked is there
        if (kind == QuestionKind.OTHER && askedPhase != null && !detailMissing
                && (askedPhase.nameOf() != null || !askedPhase.details().isEmpty())) holds = true;
        // a yes-or-no question is answered only by a text that states what it asks to confirm (a FAQ row's own
        // question counts: a row written for 周一开放吗 answers it whatever words its answer uses)
        QueryTerms.Term statement = query.yesNoStatement();
        boolean unstated = statement != null && covers(statement, faq ? normalized(ix.entry().title()) + " " + said : said) == 0;
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
                coverage(query, weights, said), entityCoverage(query, (faq ? ix.text() : title + " " + ix.body()) + " " + said)};
        // never an answer: another congress or year than the one asked, another phase of the event, only the very
        // person, place or date the question names, or (for the kinds read reliably) no date, number, meeting or place
        // at all
        boolean veto = anchors < 0 || phase || fact == AnswerChecks.Holds.ONLY_ASKED || (fact == AnswerChecks.Holds.NONE
                && (kind == QuestionKind.WHEN || kind == QuestionKind.COUNT || kind == QuestionKind.MEETING || kind == QuestionKind.WHERE))
                // nor a FAQ row written for another kind of question whose answer does not hold the kind asked either
                // (and one whose answer holds it must still say most of what the question says beyond the row's own
                // question: its fact may be of another act of the same subject, 写入宪法 for 确立为指导思想)
                || (rowAsksOther && (fact != AnswerChecks.Holds.YES
                        || coverageBeyond(query, weights, normalized(ix.entry().title()), said) < ROW_ASKS_OTHER_COVERAGE)) || unstated || detailMissing
                // nor, for a list asked by its length (有哪三条方针), a sentence that only says how long it is (确定了三条方针)
                || (kind == QuestionKind.LIST && fact == AnswerChecks.Holds.NONE && AnswerChecks.restatesTheCount(asked, said));
        return new Scored(ix, extract.text(), f, m.rankLogit(f), veto, anchors, phase, rowAsksOther, unstated, detailMissing);
    }

    /** The kind of fact a FAQ row's own question asks for, remembered per row text. */
    private static QuestionKind rowKind(KnowledgeIndex.Indexed ix) {
        return ROW_KINDS.get(ix.entry().title(), q -> QuestionKind.of(TextNormalizer.normalize(q)));
    }

    /** Whether a text has a three-character word with a two-character name's first and last character (钱塘江 for 钱江). */
    private static boolean shortenedFrom(String text, String name) {
        for (int at = text.indexOf(name.charAt(0)); at >= 0 && at + 2 < text.length(); at = text.indexOf(name.charAt(0), at + 1)) {
            if (text.charAt(at + 2) == name.charAt(1) && AnswerChecks.isHanChar(text.charAt(at + 1))) return true;
        }
        return false;
    }

    private static final Set<String> AGE_NAMED = Set.of("年纪", "岁数", "年龄");

    /** A row asking who someone is (王杰是谁？), not who did something. */
    private static final java.util.regex.Pattern ASKS_WHO_SOMEONE_IS = java.util.regex.Pattern.compile("是谁[?？]?$|是什么人|是哪位");

    private static final Cache<String, QuestionKind> ROW_KINDS = Caffeine.newBuilder().maximumSize(50_000).build();

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

    /**
     * The share (by weight) of the question's words that the row's own question does not have which the text covers;
     * 1 when the row's question has them all.
     */
    private static double coverageBeyond(QueryTerms query, double[] weights, String rowQuestion, String text) {
        double total = 0, found = 0;
        List<QueryTerms.Term> terms = query.terms();
        for (int i = 0; i < terms.size(); i++) {
            // a word naming an age asked (多大年纪) is told by the age itself (91岁), not said again
            if (AGE_NAMED.contains(terms.get(i).text())) continue;
            double beyond = weights[i] * (1 - covers(terms.get(i), rowQuestion));
            total += beyond;
            found += beyond * covers(terms.get(i), text);
        }
        return total == 0 ? 1 : found / total;
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
        double found = contains(text, term.text());
        return found < 1 && AnswerChecks.namesTheSameMeeting(term.text(), text) ? 1 : found;
    }

    private static final java.util.regex.Pattern QUOTES = java.util.regex.Pattern.compile("[“”]");
    private static final Cache<String, String> UNQUOTED = Caffeine.newBuilder().maximumSize(50_000).build();

    /** 1 when the text contains the word; for a long word, partial credit by the share of its bigrams found. */
    static double contains(String text, String t) {
        if (text.contains(t)) {
            return 1;
        }
        // a name quoted in part (“奋斗者”号, “两弹一星”元勋) is the name members type without the quotes
        if (t.length() >= 3 && text.indexOf('“') >= 0 && UNQUOTED.get(text, x -> QUOTES.matcher(x).replaceAll("")).contains(t)) {
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
        String title = scopes.titleOf(ix);
        List<String> sentences = e.sentences();
        int best = e.focus();
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < sentences.size(); i++) {
            String norm = normalized(sentences.get(i));
            int anchors = AnswerChecks.anchorAgreement(askedAnchors, title, norm);
            double s = coverage(query, weights, title, norm) + (query.kind() != QuestionKind.OTHER && AnswerChecks.answersKind(query.kind(), norm, query.normalized()) ? 0.3 : 0)
                    + 0.3 * anchors - (AnswerChecks.phaseConflict(askedPhase, norm) ? 0.5 : 0)
                    - (AnswerChecks.detailMissing(askedPhase, norm) ? 0.5 : 0) + (i == e.focus() ? 0.05 : 0);
            if (s > bestScore) {
                bestScore = s;
                best = i;
            }
        }
        // (a sentence that opened with 同年 or 次年 was told its year when the article was loaded: RelativeYears)
        String text = sentences.get(best);
        if (best > 0 && pointsBack(text) && sentences.get(best - 1).length() + text.length() <= MAX_ANSWER_CHARS) {
            // a sentence that opens with 他 or 她 (这里, 这个问题) says whom or what it is about only in the one before:
            // the answer must say it
            text = sentences.get(best - 1) + text;
        }
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

    /**
     * A sentence opening with a personal pronoun (他, 她们…; not a word that begins like one: 他人) or pointing back
     * at a place or question the sentence before names (方志敏在这里…, 这个问题是…).
     */
    static boolean pointsBack(String sentence) {
        return PRONOUN_START.matcher(sentence).find();
    }

    private static final java.util.regex.Pattern PRONOUN_START = java.util.regex.Pattern.compile(
            "^[\\s“\"]*(?:(?:他|她|它)(?!人|乡|国|日|方)|这个问题|这里|此后|该[地会])|^[^，。]{0,6}在这里"
            // the pronoun after a clause of time (2013年，她再次出任…; 到延安以后，他…), not after a clause that names
            // the person itself (邓小平十分赞成，他说…)
            + "|^[^，。！？；]{0,10}(?:年|月|日|时|期间|以后|之后|后|以前|之前|当时|那时|此时|随后|不久)[，,]\\s*(?:他|她|它)(?!人|乡|国|日|方)"
            // a date told against the one before (同年5月, 次年, 当天): the sentence before holds its year or day
            + "|^[\\s“\"]*(?:同年|次年|翌年|同月|次月|当天|次日|同日)");

    private Answer notSure(QueryTerms query, List<String> suggestions, List<Answer.Candidate> candidates,
                           double confidence, String bestText) {
        return new Answer(false, "", List.of(), round(confidence), suggestions, candidates, explain(query, bestText, Route.NONE));
    }

    private static Answer.Explanation explain(QueryTerms query, String bestText, Route route) {
        List<String> terms = new ArrayList<>();
        for (QueryTerms.Term t : query.terms()) {
            terms.add(t.alternatives().isEmpty() ? t.text() : t.text() + "=" + String.join("|", t.alternatives()));
        }
        return new Answer.Explanation(query.normalized(), terms, bestText, query.kind().name().toLowerCase(java.util.Locale.ROOT),
                AnswerChecks.anchors(query.normalized()).stream().map(AnswerChecks::describe).toList(), route.name().toLowerCase(java.util.Locale.ROOT));
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
