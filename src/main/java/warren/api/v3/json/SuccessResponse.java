package warren.api.v3.json;

/** lemmy-js-client {@code SuccessResponse}. */
public record SuccessResponse(boolean success) {
  public static final SuccessResponse OK = new SuccessResponse(true);
}
