package warren.store.user;

import java.time.Instant;

public record LoginToken(String token, int userId, Instant published, String ip, String userAgent) {}
