package warren.store.user;

import java.time.Instant;

public record RegistrationApplication(
    int id, int localUserId, String answer, Integer adminId, String denyReason, Instant published) {}
