package org.redengine.channels.wechat;

/**
 * A WeChat Official Account / WeCom callback payload could not be decrypted: the ciphertext is not Base64, has
 * the wrong length, has bad padding, carries an impossible length field, is meant for another app (wrong receive
 * id) or is not UTF-8.
 *
 * <p>The message is in English and meant for logs only; never show it to users.
 */
public final class WeChatCryptoException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param message what was wrong with the payload (English, for logs) */
    public WeChatCryptoException(String message) {
        super(message);
    }

    /**
     * @param message what was wrong with the payload (English, for logs)
     * @param cause   the underlying error
     */
    public WeChatCryptoException(String message, Throwable cause) {
        super(message, cause);
    }
}
