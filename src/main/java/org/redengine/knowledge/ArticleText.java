package org.redengine.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cleans an article's lines before they are cut into sentences. Text copied from a newspaper page or a website
 * carries page furniture (上一版 下一版, 放大 缩小 默认, a page label, a picture's file name, a masthead, the
 * publisher's lines, a site's navigation bar, a byline or dateline on its own, a later headline's subtitle) and lines
 * broken wherever the narrow column ended, sometimes with a blank line in the middle of a sentence ("集中学",
 * blank line, "习470余次"). Furniture lines are dropped; a paragraph that stops mid-sentence is joined with the
 * paragraph after it. Photo credits are removed, and with them the short captions they end. (A paragraph that only
 * repeats the headline is left to {@link KnowledgeLoader}, which knows the title.) A news story's days counted from
 * the page's date line (本报讯…9月25日, 60年前的4月5日) are told with their years ({@link PageDates}). The subtitle
 * right under the page's own headline is joined to it: the title, which says whose story the page tells.
 */
public final class ArticleText {

    /** Words that make up navigation and display controls, never content. */
    private static final Set<String> FURNITURE = Set.of("上一版", "下一版", "上一篇", "下一篇", "上一条", "下一条", "放大",
            "缩小", "默认", "打印", "关闭", "返回", "返回顶部", "首页", "网站首页", "专栏首页", "分享", "收藏", "字号", "大", "中", "小",
            "星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日", "星期天", "星期", "年", "月", "日", "|");
    private static final Pattern PAGE_LABEL = Pattern.compile("^第\\s*\\d+\\s*版\\s*[:：].{0,20}$");
    private static final Pattern PICTURE = Pattern.compile("^\\S+\\.(jpe?g|png|gif|bmp|webp)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern MASTHEAD = Pattern.compile("^[^。，！？；,.!?]{1,40}(\\s\\|\\s[^。，！？；,.!?]{1,40})+$");
    /** A page's publisher and rights lines (XX报社主办, XX报社版权所有 未经授权不得转载), short and without punctuation. */
    private static final Pattern PUBLISHER = Pattern.compile(
            "^[^。，！？；,.!?;]{0,24}(?:社|部|中心|集团|公司)(?:主办|出品|版权所有)(?:[\\s\u3000]*未经(?:书面)?授权[^。，！？；,.!?;]{0,12})?$");
    /** A story's byline on a line of its own (重庆日报记者 李珩): who wrote it, never an answer about the story. */
    private static final Pattern BYLINE = Pattern.compile(
            "^[(（]?[\\u4e00-\\u9fa5]{0,12}(?:记者|通讯员|特约撰稿人)[\\s\u3000]+[\\u4e00-\\u9fa5·]{2,5}(?:[\\s\u3000、]+[\\u4e00-\\u9fa5·]{2,5})*[)）]?$");
    /** A web page's dateline (2022-01-21, 科技工作者之家 2017-12-04 09:30): when and where it was posted. */
    private static final Pattern DATELINE = Pattern.compile(
            "^(?:[\\u4e00-\\u9fa5A-Za-z]{1,16}[\\s\u3000]+)?\\d{4}-\\d{1,2}-\\d{1,2}(?:[\\s\u3000]+\\d{1,2}:\\d{2}(?::\\d{2})?)?$");
    /** Spaces a web page keeps from being broken or shown (no-break, narrow, zero-width): spaces to the cleaner. */
    private static final Pattern NON_BREAKING = Pattern.compile("[\u00a0\u2007\u202f\u200b\ufeff]");
    private static final String SENTENCE_END = "。！？；!?;…”’」』）)》：:";

    private ArticleText() {
    }

    /** The lines with furniture removed and paragraphs broken mid-sentence joined (blank lines between the rest). */
    public static List<String> clean(List<String> lines) {
        // the page's own date, which its furniture line gives: the story's news days are told with its year
        java.time.LocalDate page = PageDates.pageDate(lines);
        List<String> kept = new ArrayList<>();
        // the lines right below a picture's file name: a credited line there is that picture's caption
        Set<Integer> belowPicture = new java.util.HashSet<>();
        boolean picture = false;
        for (String raw : lines) {
            String line = NON_BREAKING.matcher(raw).replaceAll(" ");
            String l = line.strip();
            if (!l.isEmpty() && isFurniture(l)) {
                picture = PICTURE.matcher(l).matches();
                continue;
            }
            if (picture && !l.isEmpty()) belowPicture.add(kept.size());
            if (!l.isEmpty()) picture = false;
            kept.add(l.isEmpty() ? "" : line);
        }
        kept = withoutCaptions(kept, belowPicture);
        // paragraphs: runs of non-blank lines; a structural line (heading, list item, quote) stands alone
        List<StringBuilder> paragraphs = new ArrayList<>();
        List<Boolean> structural = new ArrayList<>();
        List<Boolean> blankBefore = new ArrayList<>();
        StringBuilder current = null;
        boolean blank = false;
        for (String line : kept) {
            String l = line.strip();
            if (l.isEmpty()) {
                current = null;
                blank = true;
                continue;
            }
            boolean struct = l.startsWith("#") || l.startsWith(">") || l.matches("^([-*+]|\\d+[.、)])\\s+.*");
            if (struct || current == null) {
                current = new StringBuilder(l);
                paragraphs.add(current);
                structural.add(struct);
                blankBefore.add(blank);
                if (struct) current = null;
            } else {
                current.append('\n').append(l);
            }
            blank = false;
        }
        // a paragraph that ends mid-sentence continues in the next one (a blank line fell inside a sentence)
        List<String> out = new ArrayList<>();
        String previous = null;
        // where the first line, the headline, is in out
        int titleAt = -1;
        for (int i = 0; i < paragraphs.size(); i++) {
            StringBuilder p = paragraphs.get(i);
            if (i > 0 && blankBefore.get(i)) out.add("");
            boolean amidText = i > 0 && !structural.get(i - 1) && hasPunctuation(paragraphs.get(i - 1).toString());
            while (!structural.get(i) && i + 1 < paragraphs.size() && !structural.get(i + 1)
                    && (brokenOff(p) || amidText && brokenOffLine(p)) && continues(paragraphs.get(i + 1))) {
                p.append('\n').append(paragraphs.get(++i));
            }
            String text = page == null || structural.get(i) ? p.toString() : PageDates.date(p.toString(), page);
            for (String line : text.split("\n")) {
                if (isSubtitle(line) && (previous == null || !hasPunctuation(previous))) {
                    // right under the headline, the subtitle says whose story the page tells (——青岚县重型机械厂铸锻车间
                    // 党支部举办主题党日活动): kept with the headline, the title every passage of the page is scored with,
                    // so a passage deep in the story is found for a question that names the branch as well as its lead is
                    if (previous != null && out.size() - 1 == titleAt) {
                        previous = previous.stripTrailing() + line.strip();
                        out.set(titleAt, previous);
                    }
                    continue;
                }
                if (titleAt < 0 && !line.isBlank()) titleAt = out.size();
                out.add(line);
                previous = line;
            }
        }
        return out;
    }

    /**
     * A newspaper headline's subtitle on its own (——写在八七会议召开95周年之际, ——抗美援朝纪念馆上甘岭战役展区见闻): what
     * occasion or visit the story is written for, never the answer to a question about it (a where-question would
     * read the visit's place as the answer). It is a line under a headline (a line without punctuation), which is
     * how it is told from a quotation's source under the quotation (——毛泽东) or a line broken before a dash.
     */
    static boolean isSubtitle(String line) {
        String s = line.strip();
        if (!s.startsWith("——") || s.length() > SUBTITLE_CHARS) return false;
        for (int i = 0; i < s.length(); i++) {
            if (SUBTITLE_STOPS.indexOf(s.charAt(i)) >= 0) return false;
        }
        return true;
    }

    /** How long a subtitle may be. */
    private static final int SUBTITLE_CHARS = 40;
    /** Marks a subtitle never holds: those of running sentences. */
    private static final String SUBTITLE_STOPS = "。！？；，!?;,";

    /**
     * A photo credit at the end of a line (本报记者 罗文彬 摄, 重庆科技报通讯员 何云莲 摄, （新华社记者 X 摄））: who took a
     * picture the text no longer shows, never an answer (a who-question would read the photographer as the person).
     */
    private static final Pattern PHOTO_CREDIT = Pattern.compile("[\\s\\u3000]*[（(]?[\\u4e00-\\u9fa5]{0,8}(?:记者|通讯员|摄影|摄)"
            + "[\\s\\u3000]*[\\u4e00-\\u9fa5·]{2,5}(?:[\\s\\u3000、]+[\\u4e00-\\u9fa5·]{2,5})*[\\s\\u3000]*摄[)）]?$");
    /** How a news story opens after its pictures (本报讯, 新华社北京…电, 记者…报道). */
    private static final Pattern STORY_OPENING = Pattern.compile("本报讯|本报[\\u4e00-\\u9fa5]{0,6}(?:讯|电)|新华社|中新社|(?:[\\u4e00-\\u9fa5]{0,8})?记者");

    /** How long a line on its own with a photo credit may be and still be read as the picture's caption. */
    private static final int CAPTION_CHARS = 60;

    /**
     * Removes photo credits; a short line standing on its own (blank lines or the text's ends around it), or right below
     * a picture's file name, that carried one is the caption of a picture the text no longer shows, about the picture rather than the story
     * (游客在会师纪念雕塑前合影), and goes with it. A long one is kept, without the credit.
     */
    private static List<String> withoutCaptions(List<String> lines, Set<Integer> belowPicture) {
        List<String> kept = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            String next = i + 1 < lines.size() ? lines.get(i + 1) : null;
            // an uncredited caption: one whole sentence right below the picture, the story's dateline after it
            // (7月14日，…学生在王杰烈士纪念馆聆听讲解。 then 本报讯（记者…）)
            if (belowPicture.contains(i) && line.length() <= CAPTION_CHARS && line.endsWith("。")
                    && line.indexOf('。') == line.length() - 1 && next != null && STORY_OPENING.matcher(next.strip()).lookingAt()) continue;
            // a credit ends in 摄: other lines are not searched (every line of every article is cleaned at load)
            java.util.regex.Matcher credit = line.endsWith("摄") || line.endsWith("摄）") || line.endsWith("摄)") ? PHOTO_CREDIT.matcher(line) : null;
            if (credit == null || !credit.find()) {
                kept.add(lines.get(i));
                continue;
            }
            String rest = line.substring(0, credit.start()).strip();
            // a line set apart (from the lines kept before it and the one after it), or set right below the picture's
            // file name (a page copied without blank lines)
            boolean alone = (kept.isEmpty() || kept.get(kept.size() - 1).isBlank()) && (next == null || next.isBlank())
                    || belowPicture.contains(i);
            if (!rest.isEmpty() && !(alone && rest.length() <= CAPTION_CHARS)) kept.add(rest);
        }
        return kept;
    }

    private static boolean isFurniture(String l) {
        if (PAGE_LABEL.matcher(l).matches() || PICTURE.matcher(l).matches() || MASTHEAD.matcher(l).matches()
                || PUBLISHER.matcher(l).matches() || BYLINE.matcher(l).matches() || DATELINE.matcher(l).matches()
                || isNavigationBar(l)) return true;
        // ▲, ■, a rule of dashes; not a full stop or a closing mark the column pushed onto a line of its own (享年98岁 /
        // 。), which ends the sentence above it
        if (l.codePoints().noneMatch(Character::isLetterOrDigit)) return !l.chars().allMatch(c -> CONTINUING.indexOf(c) >= 0);
        String[] words = l.split("[\\s\\u3000]+");
        int furniture = 0, other = 0;
        for (String w : words) {
            // (arrows and marks round a control are part of it: ◀上一篇 下一篇▶)
            String bare = w.replaceAll("^[\\d\\p{S}\\p{P}]+|[\\d\\p{S}\\p{P}]+$", "");
            if (bare.isEmpty() || FURNITURE.contains(bare)) furniture++;
            else other++;
        }
        return other == 0 && furniture > 0 && containsControl(l);
    }

    /**
     * A site's navigation bar (网站首页 专栏首页 学用新思想 学习要求 …): a row of short items without punctuation that
     * holds a navigation word. Copied first from a page, it would otherwise be taken for the article's title.
     */
    private static boolean isNavigationBar(String l) {
        if (!containsControl(l) || hasPunctuation(l)) return false;
        String[] items = l.split("[\\s\\u3000]+");
        if (items.length < NAVIGATION_ITEMS) return false;
        for (String item : items) if (item.length() > NAVIGATION_ITEM_CHARS) return false;
        return true;
    }

    private static final int NAVIGATION_ITEMS = 4;
    private static final int NAVIGATION_ITEM_CHARS = 10;

    /** Navigation words, not just a date or a number on its own line (those may be content). */
    private static boolean containsControl(String l) {
        return l.contains("上一") || l.contains("下一") || l.contains("放大") || l.contains("缩小") || l.contains("打印")
                || l.contains("返回") || l.contains("首页") || l.contains("分享") || l.contains("收藏") || l.contains("字号");
    }

    /**
     * A paragraph of running text that stops without ending its sentence. Short lines without punctuation are
     * headlines, which end without a full stop on purpose.
     */
    private static boolean brokenOff(CharSequence p) {
        String s = p.toString().strip();
        if (s.length() < 12 || !hasPunctuation(s)) return false;
        // a title still open (署名文章《弘扬“红船精神” / 走在时代前列》): whatever mark came last, the title goes on; a
        // quotation may span paragraphs (each opening with “, the last closing it), a title never does
        return SENTENCE_END.indexOf(s.charAt(s.length() - 1)) < 0 || s.lastIndexOf('《') > s.lastIndexOf('》');
    }

    /**
     * A line without punctuation amid running text that is too long for a subheading and tells a date
     * (焦裕禄1922年8月16日出生于山东, then a blank line, then 博山县北崮山村，…): a sentence the column broke off.
     */
    private static boolean brokenOffLine(CharSequence p) {
        String s = p.toString().strip();
        return s.length() >= BROKEN_LINE && !hasPunctuation(s) && s.indexOf('\n') < 0 && DATED.matcher(s).find()
                && SENTENCE_END.indexOf(s.charAt(s.length() - 1)) < 0;
    }

    /** How long a line without punctuation must be to be read as a broken sentence rather than a subheading. */
    private static final int BROKEN_LINE = 14;
    private static final Pattern DATED = Pattern.compile("\\d{4}年|\\d{1,2}月\\d{1,2}日");

    /** Marks of running text, full-width and half-width (pages copied from websites often have 6月17日,省科协…). */
    private static final String CLAUSE_MARKS = "，。、；：！？,;:!?";

    private static boolean hasPunctuation(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (CLAUSE_MARKS.indexOf(s.charAt(i)) >= 0) return true;
        }
        return false;
    }

    /**
     * Whether a paragraph goes on with the sentence before it: it opens with a character or digit (not 第, which
     * opens a numbered point), or with a mark no paragraph opens with (、发清欠饷等条件: the blank line fell just before
     * the list's next item).
     */
    private static boolean continues(CharSequence next) {
        char c = next.charAt(0);
        return Character.isLetterOrDigit(c) && c != '第' || CONTINUING.indexOf(c) >= 0;
    }

    /** Marks that continue a sentence, never open one. */
    private static final String CONTINUING = "、，。；：！？,;:!?）)」』”’》";
}
