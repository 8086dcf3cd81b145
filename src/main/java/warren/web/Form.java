package warren.web;

import io.helidon.common.parameters.Parameters;
import warren.domain.DomainException;
import warren.domain.ErrorType;

/** The fields of a posted HTML form ({@code application/x-www-form-urlencoded}). */
public record Form(Parameters fields) {
  static final String TOKEN_FIELD = "csrf";

  /** The field's value, or null when the form does not have it. */
  public String text(String name) {
    return fields.contains(name) ? fields.first(name).orElse(null) : null;
  }

  /** The field's value with surrounding blanks removed; null when absent or blank. */
  public String trimmed(String name) {
    String v = text(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  /** The trimmed value, or "" when absent: what a form shows back in its field. */
  public String value(String name) {
    String v = trimmed(name);
    return v == null ? "" : v;
  }

  /** The value as typed (a body keeps its blank lines), or "" when absent. */
  public String body(String name) {
    String v = text(name);
    return v == null ? "" : v;
  }

  public Integer integer(String name) {
    String v = trimmed(name);
    if (v == null) return null;
    try {
      return Integer.valueOf(v);
    } catch (NumberFormatException e) {
      throw new DomainException(ErrorType.INVALID_BODY, name + " must be a number");
    }
  }

  public int requiredInt(String name) {
    Integer v = integer(name);
    if (v == null) throw new DomainException(ErrorType.INVALID_BODY, "missing field `" + name + "`");
    return v;
  }

  /** A checkbox: present when ticked. */
  public boolean checked(String name) {
    String v = text(name);
    return v != null && !v.equals("false") && !v.equals("0");
  }
}
