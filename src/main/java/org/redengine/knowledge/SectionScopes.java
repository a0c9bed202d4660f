package org.redengine.knowledge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The title each article passage is read with when it is scored. An article's title often lists the topics its
 * sections take up, one by one ("延安岁月：从瓦窑堡会议到党的七大", with a section "瓦窑堡会议：…" and one "第一个历史决议与党的七大").
 * Read whole with every passage, it would make the section about 瓦窑堡会议 seem to speak of 七大 too: it would cover
 * the question's words and agree with its anchors as well as the section that answers. So a passage reads the
 * article title without the parts that another section's heading names and its own does not; passages before the
 * first heading (the article's introduction) and articles without sections keep the whole title. The article's tags
 * (read with its title) are scoped too, whole: the tag 七大 belongs to the section whose heading names it. It also
 * knows each text without sections by its first sentence, a news story's lead, which sets the story's scene.
 */
final class SectionScopes {
    /** Common parts shorter than this (a single character) say nothing about which section a topic belongs to. */
    private static final int MIN_PART = 2;

    private final Map<KnowledgeEntry, String> titles;
    /** Each unsectioned text's first sentence (a news story's lead), normalised, by file. */
    private final Map<String, String> leads;

    private SectionScopes(Map<KnowledgeEntry, String> titles, Map<String, String> leads) {
        this.titles = titles;
        this.leads = leads;
    }

    /** The scoped titles of the sectioned article passages among the entries, as {@link KnowledgeIndex} reads titles. */
    static SectionScopes of(List<KnowledgeIndex.Indexed> entries) {
        // article (file and title) → its section headings, in order
        Map<String, Set<String>> headings = new LinkedHashMap<>();
        for (KnowledgeIndex.Indexed ix : entries) {
            KnowledgeEntry e = ix.entry();
            int dot = e.isFaq() ? -1 : e.title().indexOf(" · ");
            if (dot < 0) continue;
            headings.computeIfAbsent(e.file() + "\n" + e.title().substring(0, dot), k -> new LinkedHashSet<>())
                    .add(e.title().substring(dot + 3));
        }
        Map<KnowledgeEntry, String> titles = new IdentityHashMap<>();
        Map<String, String> made = new java.util.HashMap<>(); // one string per section, shared by its passages
        for (KnowledgeIndex.Indexed ix : entries) {
            KnowledgeEntry e = ix.entry();
            int dot = e.isFaq() ? -1 : e.title().indexOf(" · ");
            if (dot < 0) continue;
            String article = e.title().substring(0, dot), own = e.title().substring(dot + 3);
            Set<String> all = headings.get(e.file() + "\n" + article);
            if (all.size() < 2) continue;
            String key = e.file() + "\n" + e.title() + "\n" + String.join(" ", e.tags());
            String scoped = made.computeIfAbsent(key, k -> {
                List<String> others = new ArrayList<>(all);
                others.remove(own);
                String kept = withoutOtherSections(article, own, others);
                List<String> keptTags = e.tags().stream().filter(t -> own.contains(t) || !anyContains(others, t)).toList();
                return kept.equals(article) && keptTags.size() == e.tags().size() ? null
                        : KnowledgeIndex.indexedTitle(kept + " · " + own, keptTags);
            });
            if (scoped != null) titles.put(e, scoped);
        }
        // a story's lead: the first sentence of a text without sections (an article's introduction is no story's lead)
        Set<String> sectioned = new java.util.HashSet<>();
        for (String key : headings.keySet()) sectioned.add(key.substring(0, key.indexOf('\n')));
        Map<String, String> leads = new java.util.HashMap<>();
        Set<String> settled = new java.util.HashSet<>();
        for (KnowledgeIndex.Indexed ix : entries) {
            KnowledgeEntry e = ix.entry();
            if (e.isFaq() || sectioned.contains(e.file()) || e.sentences().isEmpty()) continue;
            // (not a quoted exchange the story opens with: “孟泰仓库里收集的废旧器材有多少？”“上千种、上万件！” sets no scene;
            // the passages come in the text's order, each with the sentences around its own)
            if (settled.contains(e.file())) continue;
            if (!leads.containsKey(e.file())) leads.put(e.file(), TextNormalizer.normalize(e.sentences().get(0)));
            for (String one : e.sentences()) {
                String t = one.strip();
                if (t.endsWith("”") || t.endsWith("\"")) continue;
                leads.put(e.file(), TextNormalizer.normalize(one));
                settled.add(e.file());
                break;
            }
        }
        return new SectionScopes(titles, leads);
    }

    /** Whether this answer text (normalised) of an unsectioned text's passage holds its first sentence, its lead. */
    boolean isLead(KnowledgeIndex.Indexed ix, String said) {
        String lead = ix.entry().isFaq() ? null : leads.get(ix.entry().file());
        // (or a part of it the answer was cut to: the lead after the quotation it opens with)
        return lead != null && lead.length() >= MIN_LEAD && (said.contains(lead) || said.length() >= MIN_LEAD && lead.contains(said));
    }

    /** A first sentence too short to set a scene (a line of a title page) is no lead. */
    private static final int MIN_LEAD = 20;

    /** The title this passage is scored with: {@link KnowledgeIndex.Indexed#title()} unless another section owns part of it. */
    String titleOf(KnowledgeIndex.Indexed ix) {
        String scoped = titles.get(ix.entry());
        return scoped == null ? ix.title() : scoped;
    }

    /**
     * The article title with each part (two characters or more, as long as it can be) that another section's heading
     * also has and this section's heading does not replaced by a space, so that what is left does not run together.
     */
    static String withoutOtherSections(String articleTitle, String ownHeading, Collection<String> otherHeadings) {
        boolean[] drop = new boolean[articleTitle.length()];
        for (int i = 0; i < articleTitle.length(); i++) {
            for (int end = articleTitle.length(); end - i >= MIN_PART; end--) {
                String part = articleTitle.substring(i, end);
                if (ownHeading.contains(part)) break; // this section's own topic (or part of it): kept
                if (!anyContains(otherHeadings, part)) continue;
                for (int j = i; j < end; j++) drop[j] = true;
                break;
            }
        }
        StringBuilder out = new StringBuilder(articleTitle.length());
        for (int i = 0; i < articleTitle.length(); i++) {
            if (!drop[i]) out.append(articleTitle.charAt(i));
            else if (out.isEmpty() || out.charAt(out.length() - 1) != ' ') out.append(' ');
        }
        return out.toString();
    }

    private static boolean anyContains(Collection<String> texts, String part) {
        for (String t : texts) if (t.contains(part)) return true;
        return false;
    }
}
