package warren.domain;

import java.util.Optional;

/** A rule said no. Carries the Lemmy error name, and for some names a detail message. */
public final class DomainException extends RuntimeException {
  private final ErrorType type;
  private final String detail;

  public DomainException(ErrorType type) {
    this(type, null);
  }

  public DomainException(ErrorType type, String detail) {
    super(detail == null ? type.wireName() : type.wireName() + ": " + detail, null, false, false);
    this.type = type;
    this.detail = detail;
  }

  public ErrorType type() {
    return type;
  }

  /** Sent as the {@code message} field, as Lemmy does for errors that carry data. */
  public Optional<String> detail() {
    return Optional.ofNullable(detail);
  }
}
