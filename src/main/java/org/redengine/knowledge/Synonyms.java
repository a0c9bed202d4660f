package org.redengine.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Query-time synonyms from the editable {@code synonyms.txt} of the knowledge directory, in Solr's format:
 * {@code a, b, c} makes the phrases equivalent; {@code a, b => c} maps a and b to c only.
 * Phrases are found in a normalised query by longest match, so a segmenter that splits 中共一大 differently
 * cannot hide them.
 */
public final class Synonyms {

    public static final Synonyms NONE = new Synonyms(Map.of(), 0);

    private final Map<String, Set<String>> alternatives;
    private final int longest;
    /** first character → the lengths of the phrases that start with it, longest first */
    private final Map<Character, int[]> lengthsByFirst = new HashMap<>();

    private Synonyms(Map<String, Set<String>> alternatives, int longest) {
        this.alternatives = alternatives;
        this.longest = longest;
        Map<Character, java.util.TreeSet<Integer>> lengths = new HashMap<>();
        for (String p : alternatives.keySet()) {
            lengths.computeIfAbsent(p.charAt(0), c -> new java.util.TreeSet<>(java.util.Comparator.reverseOrder())).add(p.length());
        }
        lengths.forEach((c, set) -> lengthsByFirst.put(c, set.stream().mapToInt(Integer::intValue).toArray()));
    }

    /** Parses the file's lines; bad lines are reported to {@code problems} and skipped. */
    public static Synonyms parse(String file, List<String> lines, List<LoadProblem> problems) {
        Map<String, Set<String>> map = new HashMap<>();
        int longest = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] sides = line.split("=>", -1);
            if (sides.length > 2) {
                problems.add(new LoadProblem(file, i + 1, "一行只能有一个 =>"));
                continue;
            }
            List<String> left = phrases(sides[0]);
            List<String> right = sides.length == 2 ? phrases(sides[1]) : left;
            if (left.isEmpty() || right.isEmpty() || (sides.length == 1 && left.size() < 2)) {
                problems.add(new LoadProblem(file, i + 1, "同义词组至少需要两个词"));
                continue;
            }
            for (String from : left) {
                Set<String> alts = map.computeIfAbsent(from, k -> new LinkedHashSet<>());
                for (String to : right) {
                    if (!to.equals(from)) {
                        alts.add(to);
                    }
                }
                longest = Math.max(longest, from.length());
            }
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        map.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return new Synonyms(frozen, longest);
    }

    private static List<String> phrases(String side) {
        List<String> out = new ArrayList<>();
        for (String p : side.split("[,，]")) {
            String n = TextNormalizer.normalize(p).replace(" ", "");
            if (!n.isEmpty()) {
                out.add(n);
            }
        }
        return out;
    }

    private static volatile Synonyms builtIn;

    /**
     * The party-history synonyms every knowledge base has (honorifics, congress and plenum names, other names of
     * events: {@code src/main/resources/knowledge/synonyms.txt}); a knowledge base's own file adds to them.
     */
    public static Synonyms builtIn() {
        Synonyms s = builtIn;
        if (s == null) {
            try (java.io.InputStream in = Synonyms.class.getResourceAsStream("/knowledge/synonyms.txt")) {
                if (in == null) throw new IllegalStateException("missing /knowledge/synonyms.txt");
                List<LoadProblem> problems = new ArrayList<>();
                s = parse("内置同义词", new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList(), problems);
                if (!problems.isEmpty()) throw new IllegalStateException("bad built-in synonyms: " + problems);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            builtIn = s;
        }
        return s;
    }

    /** These synonyms with another file's: a phrase in both has the alternatives of both. */
    public Synonyms with(Synonyms more) {
        if (more.isEmpty()) return this;
        if (isEmpty()) return more;
        Map<String, Set<String>> merged = new HashMap<>();
        alternatives.forEach((k, v) -> merged.put(k, new LinkedHashSet<>(v)));
        more.alternatives.forEach((k, v) -> merged.computeIfAbsent(k, x -> new LinkedHashSet<>()).addAll(v));
        Map<String, Set<String>> frozen = new HashMap<>();
        merged.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return new Synonyms(frozen, Math.max(longest, more.longest));
    }

    /** Equal when they make the same phrases equivalent (an edit that leaves synonyms.txt alone keeps them equal). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Synonyms other && alternatives.equals(other.alternatives);
    }

    @Override
    public int hashCode() {
        return alternatives.hashCode();
    }

    public Set<String> alternativesOf(String phrase) {
        return alternatives.getOrDefault(phrase, Set.of());
    }

    public Set<String> phrases() {
        return alternatives.keySet();
    }

    public boolean isEmpty() {
        return alternatives.isEmpty();
    }

    /** The same text for the same synonyms, however the file orders them: tells whether a saved index still fits. */
    public String fingerprint() {
        StringBuilder out = new StringBuilder();
        new java.util.TreeMap<>(alternatives).forEach((phrase, alts) ->
                out.append(phrase).append('=').append(String.join(",", new java.util.TreeSet<>(alts))).append('\n'));
        return out.toString();
    }

    /** A phrase of the query that has synonyms, with its position. */
    public record Match(int start, int end, String phrase, Set<String> alternatives) {
    }

    /** Finds synonym phrases in a normalised text, longest first, without overlaps. */
    public List<Match> find(String text) {
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            Match found = null;
            int[] lengths = lengthsByFirst.get(text.charAt(i));
            for (int k = 0; lengths != null && k < lengths.length; k++) {
                int len = lengths[k];
                if (i + len > text.length()) continue;
                String candidate = text.substring(i, i + len);
                Set<String> alts = alternatives.get(candidate);
                if (alts != null) {
                    found = new Match(i, i + len, candidate, alts);
                    break;
                }
            }
            if (found != null) {
                out.add(found);
                i = found.end();
            } else {
                i++;
            }
        }
        return out;
    }
}
