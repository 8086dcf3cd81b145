package warren.support.text;

import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import warren.domain.DomainException;
import warren.domain.ErrorType;

/** The site's slur regex: text that matches it is refused, as Lemmy's check_slurs does. */
public final class SlurFilter {
  private final Optional<Pattern> pattern;

  private SlurFilter(Optional<Pattern> pattern) {
    this.pattern = pattern;
  }

  public static SlurFilter of(String regex) {
    if (regex == null || regex.isBlank()) return new SlurFilter(Optional.empty());
    return new SlurFilter(Optional.of(compile(regex)));
  }

  /** Compiles a regex an admin entered, refusing one that matches everything. */
  public static Pattern compile(String regex) {
    Pattern p;
    try {
      p = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    } catch (PatternSyntaxException e) {
      throw new DomainException(ErrorType.INVALID_REGEX);
    }
    // A filter that matches short ordinary words would refuse nearly every post.
    if (p.matcher("").find() || p.matcher("abc").find() || p.matcher("a").find()) {
      throw new DomainException(ErrorType.PERMISSIVE_REGEX);
    }
    return p;
  }

  public void check(String text) {
    if (text != null && pattern.isPresent() && pattern.get().matcher(text).find()) {
      throw new DomainException(ErrorType.SLURS);
    }
  }
}
