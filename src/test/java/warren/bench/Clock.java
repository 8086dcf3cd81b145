package warren.bench;

/** Time units in milliseconds; all generated times are epoch milliseconds before "now". */
final class Clock {
  static final long MINUTE = 60_000L;
  static final long HOUR = 3_600_000L;
  static final long DAY = 86_400_000L;

  private Clock() {}
}
