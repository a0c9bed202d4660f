package org.redengine.knowledge;

import org.redengine.knowledge.analysis.ChineseSegmenter;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The other names of people that the knowledge base itself states, as synonyms: members ask by the name people use
 * (江姐, 小萝卜头, 铁人) while an article tells the facts under the real one, and says so once
 * ({@code 江竹筠，……人们亲切地称她“江姐”}, {@code “小萝卜头”名叫宋振中}). Only a few plain ways of saying it are read,
 * and only of a person the segmenter recognises, so that a metaphor or a slogan in quotes makes no synonym.
 */
public final class TextAliases {

    private TextAliases() {
    }

    private static final String QUOTED = "[“\"「『]([\\p{IsHan}]{2,6})[”\"」』]";
    /** 人们称他为“铁人”: the person is named earlier in the sentence, or in the one before. */
    private static final Pattern CALLED = Pattern.compile("(?:称|叫|喊|唤)(?:她|他)(?:为|作|做)?" + QUOTED);
    /** “小萝卜头”名叫宋振中: the name comes right after. */
    private static final Pattern NAMED = Pattern.compile(QUOTED + "的?(?:原名|名叫|本名|真名|原名叫|本名叫|真名叫)(?:是|为)?([\\p{IsHan}]{2,4}?)(?=[，。,；;、（(：:]|$)");
    /** 王进喜，人称“铁人”: the person right before. */
    private static final Pattern KNOWN_AS = Pattern.compile("(?:^|[，。；,;])([\\p{IsHan}]{2,4})[，,]?(?:人称|外号|绰号|昵称)(?:叫|是|为)?" + QUOTED);

    /** The synonyms the entries state (each person's names made equivalent); none when they state none. */
    public static Synonyms learn(List<KnowledgeEntry> entries) {
        Set<String> pairs = new LinkedHashSet<>();
        Set<String> seen = new HashSet<>();
        for (KnowledgeEntry e : entries) {
            if (e.scope() != null) continue; // a group's own row must not change answers in every chat
            List<String> sentences = e.sentences();
            Set<String> named = null; // the people the entry names, read only once it states an alias
            for (int i = 0; i < sentences.size(); i++) {
                String sentence = sentences.get(i);
                String before = i > 0 ? sentences.get(i - 1) : "";
                if (!seen.add(before + "\n" + sentence)) continue; // passages overlap: each sentence in its context once
                for (String pair : in(sentence, before)) {
                    if (named == null) named = new HashSet<>(people(String.join("。", sentences)));
                    // the short form of a name the entry states (“三强” of 钱三强) is that name, not another's alias
                    String alias = pair.substring(pair.indexOf(", ") + 2);
                    if (named.stream().noneMatch(n -> n.length() > alias.length() && n.contains(alias))) pairs.add(pair);
                }
            }
        }
        if (pairs.isEmpty()) return Synonyms.NONE;
        return Synonyms.parse("知识库中的别称", new ArrayList<>(pairs), new ArrayList<>());
    }

    /** The aliases one sentence states, as synonym lines ({@code 江竹筠, 江姐}). */
    static List<String> in(String sentence, String before) {
        List<String> out = new ArrayList<>(1);
        Matcher called = CALLED.matcher(sentence);
        while (called.find()) {
            // the nearest person before the pronoun in its sentence, else the subject of the sentence before
            List<String> here = people(sentence.substring(0, called.start()));
            List<String> earlier = people(before);
            String person = !here.isEmpty() ? here.get(here.size() - 1) : earlier.isEmpty() ? null : earlier.get(0);
            add(out, person, called.group(1));
        }
        Matcher named = NAMED.matcher(sentence);
        while (named.find()) {
            if (isPerson(named.group(2))) add(out, named.group(2), named.group(1));
        }
        Matcher known = KNOWN_AS.matcher(sentence);
        while (known.find()) {
            if (isPerson(known.group(1))) add(out, known.group(1), known.group(2));
        }
        return out;
    }

    private static void add(List<String> out, String person, String alias) {
        if (person == null || person.contains(alias) || alias.contains(person)) return;
        out.add(person + ", " + alias);
    }

    /** The people's names in a text as the segmenter reads it, in order; none inside quotes (a saying's words). */
    private static List<String> people(String text) {
        List<String> out = new ArrayList<>(2);
        List<ChineseSegmenter.Word> words = ChineseSegmenter.forQuery(UNQUOTED.matcher(text).replaceAll("，"));
        for (int i = 0; i < words.size(); i++) {
            ChineseSegmenter.Word w = words.get(i);
            if (!w.nature().startsWith("nr") || w.text().length() < 2 || w.text().length() > 5) continue;
            String name = w.text();
            // a Chinese name opens with a surname; words the segmenter guessed to be names (少年时) do not
            if (w.nature().equals("nr") && !hasSurname(name)) continue;
            // a place the segmenter took for a name (华坪 of 华坪县): its level follows it
            ChineseSegmenter.Word after = i + 1 < words.size() ? words.get(i + 1) : null;
            if (after != null && after.offset() == w.offset() + name.length() && !after.text().isEmpty()
                    && PLACE_LEVELS.indexOf(after.text().charAt(0)) >= 0) continue;
            // a three-character name read in pieces (王进/喜): a surname, one character and one more standing alone
            ChineseSegmenter.Word next = i + 1 < words.size() ? words.get(i + 1) : null;
            if (name.length() == 2 && ChineseSegmenter.COMMON_SURNAMES.indexOf(name.charAt(0)) >= 0 && next != null
                    && next.offset() == w.offset() + 2 && next.text().length() == 1
                    && Character.UnicodeScript.of(next.text().charAt(0)) == Character.UnicodeScript.HAN
                    && NOT_IN_A_NAME.indexOf(next.text().charAt(0)) < 0) {
                name += next.text();
            }
            out.add(name);
        }
        return out;
    }

    private static boolean hasSurname(String name) {
        return ChineseSegmenter.COMMON_SURNAMES.indexOf(name.charAt(0)) >= 0 || ChineseSegmenter.MORE_SURNAMES.indexOf(name.charAt(0)) >= 0
                || COMPOUND.contains(name.substring(0, 2));
    }

    /** Two-character surnames (欧阳海, 司马迁, 诸葛亮). */
    private static final Set<String> COMPOUND = Set.of("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "夏侯", "长孙", "宇文", "司徒", "端木");

    /** The levels a place's name is followed by (华坪县, 齐河县, 西沟村), never a person's. */
    private static final String PLACE_LEVELS = "省市县镇乡村区州";

    /** Characters that follow a name rather than end it (王进在…, 赵一曼的…). */
    private static final String NOT_IN_A_NAME = "的是在和与及同跟对向给让把被将于为从也就又都还曾已便才说等带率领任";

    private static final Pattern UNQUOTED = Pattern.compile("[“\"「『][^”\"」』]*[”\"」』]");

    /** Whether a name is one person's, as the segmenter reads it (a name read in pieces, 王进/喜, counts). */
    private static boolean isPerson(String name) {
        return people(name).equals(List.of(name));
    }
}
