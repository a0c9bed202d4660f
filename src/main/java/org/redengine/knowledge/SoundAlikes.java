package org.redengine.knowledge;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether two Chinese characters sound alike. Members type with a pinyin input method, so a typo is mostly a
 * character that sounds like the one meant (遵义会义 for 遵义会议, 郭末若 for 郭沫若, 钱学深 for 钱学森), never one
 * that only differs from a known word (好得快 is no typo of 跑得快, 高考 none of 高山, 区长 none of 军长). Sounding
 * alike is read a little loosely, as input methods' fuzzy pinyin does for the initials: tones aside, zh/z, ch/c, sh/s
 * and n/l are one sound (the finals' -ang/-an pairs are not: with n/l they would make 亮 sound like 年).
 */
final class SoundAlikes {

    private SoundAlikes() {
    }

    /** Whether two characters sound alike (the same {@link #sound}). */
    static boolean alike(char a, char b) {
        if (a == b) return true;
        String x = sound(a);
        return x != null && x.equals(sound(b));
    }

    /** A character's sound: its toneless reading with fuzzy pinyin's initials made one; null for none. */
    static String sound(char c) {
        String r = READINGS.computeIfAbsent(c, SoundAlikes::reading);
        if (r.isEmpty()) return null;
        if (r.startsWith("zh") || r.startsWith("ch") || r.startsWith("sh")) r = r.charAt(0) + r.substring(2);
        else if (r.startsWith("l")) r = "n" + r.substring(1);
        return r;
    }

    private static final Map<Character, String> READINGS = new ConcurrentHashMap<>();

    /** The character's reading without tone, as HanLP reads it on its own; empty for none. */
    private static String reading(char c) {
        if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) return "";
        List<Pinyin> p = HanLP.convertToPinyinList(String.valueOf(c));
        if (p.isEmpty() || p.get(0) == null || p.get(0) == Pinyin.none5) return "";
        return p.get(0).getPinyinWithoutTone();
    }
}
