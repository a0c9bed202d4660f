package org.redengine.knowledge;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * What a saved index needs beside its Lucene files to serve again without segmenting anything: every entry with
 * its analysis and document key, the typo corrector's words, the document frequencies answering uses, and the
 * words the segmenter was taught when the index was built. Written and read as one binary file ending in a CRC-32,
 * so a torn or damaged file is refused rather than half read.
 */
record IndexTables(List<KnowledgeIndex.Indexed> entries, long[] uids, long nextUid, Map<String, String> vocabulary,
                   Set<String> knownWords, Map<String, Integer> docFreqs, Set<String> segmenterWords) {

    private static final int MAGIC = 0x52444958; // "RDIX"
    // 2: QuestionKind.LIST added (the kinds an entry answers are saved as bits of their ordinals)
    private static final int VERSION = 2;
    /** Longest string accepted when reading (a damaged length must not allocate gigabytes). */
    private static final int MAX_STRING_BYTES = 16 << 20;

    void write(Path file) throws IOException {
        CRC32 crc = new CRC32();
        try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
             DataOutputStream out = new DataOutputStream(new CheckedOutputStream(raw, crc))) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeInt(entries.size());
            for (int i = 0; i < entries.size(); i++) {
                KnowledgeIndex.Indexed ix = entries.get(i);
                KnowledgeEntry e = ix.entry();
                out.writeLong(uids[i]);
                writeString(out, e.id());
                out.writeByte(e.kind().ordinal());
                writeString(out, e.title());
                writeStrings(out, e.sentences());
                out.writeInt(e.focus());
                writeString(out, e.source());
                writeString(out, e.file());
                writeStrings(out, e.tags());
                writeString(out, e.scope());
                writeString(out, ix.title());
                writeString(out, ix.body());
                writeString(out, ix.focus());
                writeStrings(out, ix.questionWords());
                int kinds = 0;
                for (QuestionKind k : ix.kinds()) kinds |= 1 << k.ordinal();
                out.writeInt(kinds);
            }
            out.writeLong(nextUid);
            out.writeInt(vocabulary.size());
            for (Map.Entry<String, String> w : vocabulary.entrySet()) {
                writeString(out, w.getKey());
                writeString(out, w.getValue());
            }
            writeStrings(out, List.copyOf(knownWords));
            out.writeInt(docFreqs.size());
            for (Map.Entry<String, Integer> f : docFreqs.entrySet()) {
                writeString(out, f.getKey());
                out.writeInt(f.getValue());
            }
            writeStrings(out, List.copyOf(segmenterWords));
            out.flush();
            raw.write(java.nio.ByteBuffer.allocate(8).putLong(crc.getValue()).array()); // outside the checksum
        }
    }

    /** The tables in a file; an {@link IOException} when it is missing, of another version, torn or damaged. */
    static IndexTables read(Path file) throws IOException {
        CRC32 crc = new CRC32();
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            DataInputStream in = new DataInputStream(new CheckedInputStream(raw, crc));
            if (in.readInt() != MAGIC) throw new IOException("not a saved index");
            int version = in.readInt();
            if (version != VERSION) throw new IOException("saved index version " + version + ", expected " + VERSION);
            int n = count(in);
            List<KnowledgeIndex.Indexed> entries = new ArrayList<>(n);
            long[] uids = new long[n];
            KnowledgeEntry.Kind[] kindsOfEntry = KnowledgeEntry.Kind.values();
            QuestionKind[] questionKinds = QuestionKind.values();
            for (int i = 0; i < n; i++) {
                uids[i] = in.readLong();
                String id = readString(in);
                int kind = in.readUnsignedByte();
                if (kind >= kindsOfEntry.length) throw new IOException("bad entry kind " + kind);
                KnowledgeEntry e = new KnowledgeEntry(id, kindsOfEntry[kind], readString(in), readStrings(in), in.readInt(),
                        readString(in), readString(in), readStrings(in), readString(in));
                String title = readString(in), body = readString(in), focus = readString(in);
                List<String> questionWords = readStrings(in);
                int bits = in.readInt();
                EnumSet<QuestionKind> kinds = EnumSet.noneOf(QuestionKind.class);
                for (QuestionKind k : questionKinds) if ((bits & (1 << k.ordinal())) != 0) kinds.add(k);
                if (e.focus() < 0 || e.focus() >= e.sentences().size()) throw new IOException("bad focus in entry " + i);
                entries.add(new KnowledgeIndex.Indexed(i, e, title, body, focus, questionWords, kinds,
                        new double[questionWords.size()]));
            }
            long nextUid = in.readLong();
            int words = count(in);
            Map<String, String> vocabulary = new HashMap<>(words * 2);
            for (int i = 0; i < words; i++) vocabulary.put(readString(in), readString(in));
            Set<String> knownWords = new HashSet<>(readStrings(in));
            int tokens = count(in);
            Map<String, Integer> docFreqs = new HashMap<>(tokens * 2);
            for (int i = 0; i < tokens; i++) docFreqs.put(readString(in), in.readInt());
            Set<String> segmenterWords = new HashSet<>(readStrings(in));
            long expected = crc.getValue();
            byte[] tail = raw.readNBytes(8);
            if (tail.length != 8 || java.nio.ByteBuffer.wrap(tail).getLong() != expected) throw new IOException("checksum mismatch");
            if (raw.read() != -1) throw new IOException("trailing bytes");
            return new IndexTables(entries, uids, nextUid, vocabulary, knownWords, docFreqs, segmenterWords);
        } catch (java.io.EOFException e) {
            throw new IOException("saved index ends early", e);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IOException("saved index holds an impossible entry: " + e.getMessage(), e);
        }
    }

    private static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 50_000_000) throw new IOException("bad count " + n);
        return n;
    }

    /** Length-prefixed UTF-8 (−1 for null): unlike {@code writeUTF}, no 64 KB limit. */
    private static void writeString(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readString(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n == -1) return null;
        if (n < 0 || n > MAX_STRING_BYTES) throw new IOException("bad string length " + n);
        byte[] b = in.readNBytes(n);
        if (b.length != n) throw new java.io.EOFException();
        return new String(b, StandardCharsets.UTF_8);
    }

    private static void writeStrings(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) writeString(out, s);
    }

    private static List<String> readStrings(DataInputStream in) throws IOException {
        int n = count(in);
        List<String> out = new ArrayList<>(Math.min(n, 1 << 16));
        for (int i = 0; i < n; i++) {
            String s = readString(in);
            if (s == null) throw new IOException("null in a list");
            out.add(s);
        }
        return List.copyOf(out);
    }
}
