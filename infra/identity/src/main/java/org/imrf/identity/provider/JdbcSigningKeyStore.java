package org.imrf.identity.provider;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcSigningKeyStore implements SigningKeyStore {

  private final JdbcClient jdbc;

  JdbcSigningKeyStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<StoredKey> newest() {
    return jdbc.sql(
            "select key_id, private_key, public_key from signing_key"
                + " order by created_at desc limit 1")
        .query(
            (rs, row) -> {
              try {
                KeyFactory rsa = KeyFactory.getInstance("RSA");
                return new StoredKey(
                    rs.getString("key_id"),
                    new KeyPair(
                        rsa.generatePublic(new X509EncodedKeySpec(rs.getBytes("public_key"))),
                        rsa.generatePrivate(new PKCS8EncodedKeySpec(rs.getBytes("private_key")))));
              } catch (GeneralSecurityException e) {
                throw new IllegalStateException("Unreadable signing key", e);
              }
            })
        .optional();
  }

  @Override
  public void add(StoredKey key) {
    jdbc.sql(
            "insert into signing_key (key_id, private_key, public_key, created_at)"
                + " values (:id, :private, :public, :createdAt)")
        .param("id", key.keyId())
        .param("private", key.keys().getPrivate().getEncoded())
        .param("public", key.keys().getPublic().getEncoded())
        .param("createdAt", Timestamp.from(Instant.now()))
        .update();
  }
}
