package warren.support.crypto;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import warren.support.cache.BoundedCache;

/**
 * HS256 tokens shaped like Lemmy's claims: {@code sub} is the local user id, {@code iss} the
 * host name, {@code iat} the issue time. Validity also needs the stored login token row.
 */
public final class Jwts {
  private final byte[] secret;
  private final String issuer;
  /**
   * Tokens whose signature checked out, with their user id: every logged-in request presents
   * one, and parsing and MACing it again cost a third of the token check. Only a token signed
   * with this secret gets in, and the secret never changes under an instance.
   */
  private final BoundedCache<String, Integer> verified = new BoundedCache<>(10_000);

  public Jwts(String secret, String issuer) {
    byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
    if (bytes.length < 32) throw new IllegalArgumentException("JWT secret must have at least 256 bits");
    this.secret = bytes;
    this.issuer = issuer;
  }

  public String issue(int localUserId) {
    var claims = new JWTClaimsSet.Builder()
        .subject(Integer.toString(localUserId))
        .issuer(issuer)
        .issueTime(Date.from(Instant.now()))
        .jwtID(Tokens.random(12)) // two logins in one second still get distinct tokens
        .build();
    var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
    try {
      jwt.sign(new MACSigner(secret));
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return jwt.serialize();
  }

  /** The local user id of a token with a good signature, or empty. */
  public Optional<Integer> verify(String token) {
    Integer known = verified.get(token);
    if (known != null) return Optional.of(known);
    Optional<Integer> userId = check(token);
    userId.ifPresent(id -> verified.put(token, id));
    return userId;
  }

  private Optional<Integer> check(String token) {
    try {
      SignedJWT jwt = SignedJWT.parse(token);
      if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())) return Optional.empty();
      if (!jwt.verify(new MACVerifier(secret))) return Optional.empty();
      return Optional.of(Integer.parseInt(jwt.getJWTClaimsSet().getSubject()));
    } catch (ParseException | JOSEException | NumberFormatException | NullPointerException e) {
      return Optional.empty();
    }
  }
}
