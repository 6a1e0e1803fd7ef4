package dev.scimharness.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.scim.Json;
import dev.scimharness.scim.ScimException;
import dev.scimharness.scim.ScimType;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Turns a {@link Cursor} into an opaque value and back. RFC 9865 §2: cursor values are URL-safe and opaque to the
 * client, made of RFC 3986 §2.3 unreserved characters (base64url without padding is); RFC 9865 §5.2: they should
 * be obfuscated and forgeries detected. AES-GCM with a key of this server's own does both: a value this server
 * did not issue, or one changed by a single bit, fails authentication and is {@code invalidCursor}.
 */
final class CursorCodec {
  private static final int NONCE = 12;
  private static final int TAG_BITS = 128;
  private static final byte VERSION = 1;

  private final SecretKey key;
  private final SecureRandom random = new SecureRandom();

  CursorCodec() {
    try {
      KeyGenerator g = KeyGenerator.getInstance("AES");
      g.init(128);
      key = g.generateKey();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  String encode(Cursor c) {
    byte[] nonce = new byte[NONCE];
    random.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      byte[] sealed = cipher.doFinal(plain(c));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(
          ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The cursor a value stands for; anything this server did not issue is 400 {@code invalidCursor}. */
  Cursor decode(String value) {
    try {
      byte[] all = Base64.getUrlDecoder().decode(value);
      if (all.length <= NONCE + TAG_BITS / 8) {
        throw invalid();
      }
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE));
      return read(cipher.doFinal(all, NONCE, all.length - NONCE));
    } catch (IllegalArgumentException | GeneralSecurityException | java.security.ProviderException | IOException e) {
      throw invalid();
    }
  }

  static ScimException invalid() {
    return new ScimException(ScimType.invalidCursor,
        "The cursor is not one this server issued; send an empty cursor for the first page (RFC 9865 §2.1).");
  }

  private static byte[] plain(Cursor c) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(VERSION);
      out.writeLong(c.query());
      out.writeInt(c.count());
      out.writeBoolean(c.forward());
      out.writeLong(c.issuedAt());
      out.writeInt(c.position().kind());
      out.writeLong(c.position().seq());
      JsonNode v = c.position().sortValue();
      out.writeBoolean(v != null);
      if (v != null) {
        out.writeUTF(v.toString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static Cursor read(byte[] plain) throws IOException {
    DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(plain));
    if (in.readByte() != VERSION) {
      throw invalid();
    }
    long query = in.readLong();
    int count = in.readInt();
    boolean forward = in.readBoolean();
    long issuedAt = in.readLong();
    int kind = in.readInt();
    long seq = in.readLong();
    JsonNode sortValue = in.readBoolean() ? Json.parse(in.readUTF()) : null;
    return new Cursor(query, count, forward, new CursorPosition(sortValue, kind, seq), issuedAt);
  }
}
