package org.redengine.knowledge;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class TextFilesTest {

    private static final String TEXT = "问题,答案\n遵义会议在哪里召开？,贵州遵义。\n";

    @Test
    void readsUtf8() throws Exception {
        assertThat(TextFiles.decode(TEXT.getBytes(StandardCharsets.UTF_8))).isEqualTo(TEXT);
    }

    @Test
    void dropsTheUtf8ByteOrderMark() throws Exception {
        byte[] body = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertThat(TextFiles.decode(withBom)).isEqualTo(TEXT);
    }

    @Test
    void detectsGbkAsExcelSavesIt() throws Exception {
        assertThat(TextFiles.decode(TEXT.getBytes("GBK"))).isEqualTo(TEXT);
        assertThat(TextFiles.decode(TEXT.getBytes(TextFiles.GB18030))).isEqualTo(TEXT);
    }
}
