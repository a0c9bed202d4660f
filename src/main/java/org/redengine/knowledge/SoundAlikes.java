package org.redengine.knowledge;

import com.hankcs.hanlp.dictionary.py.Pinyin;
import com.hankcs.hanlp.dictionary.py.PinyinDictionary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether two Chinese characters sound alike. Members type with a pinyin input method, so a typo is mostly a
 * character that sounds like the one meant (遵义会义 for 遵义会议, 郭末若 for 郭沫若, 钱学深 for 钱学森), never one
 * that only differs from a known word (好得快 is no typo of 跑得快, 高考 none of 高山, 区长 none of 军长). Sounding
 * alike is read a little loosely, as input methods' fuzzy pinyin does for the initials: tones aside, zh/z, ch/c, sh/s
 * and n/l are one sound (the finals' -ang/-an pairs are not: with n/l they would make 亮 sound like 年), and any of a
 * character's readings counts (周汇早学 for 周汇朝学: 朝 is also zhao).
 */
final class SoundAlikes {

    private SoundAlikes() {
    }

    /** Whether two characters sound alike: one of the readings of each is the same sound ({@link #sounds}). */
    static boolean alike(char a, char b) {
        if (a == b) return true;
        for (String x : sounds(a)) {
            if (sounds(b).contains(x)) return true;
        }
        return false;
    }

    /**
     * A character's sounds: each of its readings (a character may have several: 朝 is chao and zhao), toneless, with
     * fuzzy pinyin's initials made one. Empty for none.
     */
    static List<String> sounds(char c) {
        return SOUNDS.computeIfAbsent(c, SoundAlikes::readSounds);
    }

    private static final Map<Character, List<String>> SOUNDS = new ConcurrentHashMap<>();

    private static List<String> readSounds(char c) {
        if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) return List.of();
        Pinyin[] readings = PinyinDictionary.get(String.valueOf(c));
        if (readings == null) return List.of();
        List<String> out = new ArrayList<>(readings.length);
        for (Pinyin p : readings) {
            if (p == null || p == Pinyin.none5) continue;
            String r = p.getPinyinWithoutTone();
            if (r.startsWith("zh") || r.startsWith("ch") || r.startsWith("sh")) r = r.charAt(0) + r.substring(2);
            else if (r.startsWith("l")) r = "n" + r.substring(1);
            if (!out.contains(r)) out.add(r);
        }
        return List.copyOf(out);
    }
}
