package warren.bench;

import java.util.SplittableRandom;

/** Markdown-ish text: sentences from a Zipf-weighted vocabulary, with quotes, links, lists and emoji. */
final class TextMaker {
  /** Lemmy's limit on a comment or post body. */
  static final int MAX_CHARS = 10_000;

  private final WeightedPicker words = new WeightedPicker(zipfByRank(Words.COMMON.length, 1.0));

  private static double[] zipfByRank(int n, double s) {
    double[] w = new double[n];
    for (int i = 0; i < n; i++) w[i] = 1 / StrictMath.pow(i + 1, s);
    return w;
  }

  String word(SplittableRandom r) {
    return Words.COMMON[words.pick(r)];
  }

  String title(SplittableRandom r) {
    StringBuilder b = new StringBuilder();
    int n = 4 + r.nextInt(11);
    for (int i = 0; i < n; i++) {
      String w = word(r);
      if (i > 0) b.append(' ');
      b.append(i == 0 ? capitalize(w) : w);
    }
    if (Seeds.chance(r, 0.2)) b.append('?');
    if (Seeds.chance(r, 0.02)) b.append(" #notproud");
    return b.toString();
  }

  /** A comment of typically a sentence or two; now and then a long essay, as people write them. */
  String comment(SplittableRandom r) {
    int words = Seeds.chance(r, 0.005) ? 350 + r.nextInt(1300)
        : (int) Math.max(1, Math.min(400, Seeds.logNormal(r, 18, 0.9)));
    return markdown(r, words);
  }

  String postBody(SplittableRandom r) {
    return markdown(r, (int) Math.max(5, Math.min(1500, Seeds.logNormal(r, 60, 1.0))));
  }

  String sentence(SplittableRandom r, int words) {
    StringBuilder b = new StringBuilder();
    appendSentence(b, r, words);
    return b.toString();
  }

  String markdown(SplittableRandom r, int words) {
    StringBuilder b = new StringBuilder();
    if (words > 8 && Seeds.chance(r, 0.08)) {
      b.append("> ");
      appendSentence(b, r, 4 + r.nextInt(12));
      b.append("\n\n");
    }
    int left = words;
    int inParagraph = 0;
    while (left > 0) {
      int n = Math.min(left, 5 + r.nextInt(16));
      if (inParagraph > 0) b.append(' ');
      appendSentence(b, r, n);
      left -= n;
      if (Seeds.chance(r, 0.04)) b.append(' ').append(Words.EMOJI[r.nextInt(Words.EMOJI.length)]);
      if (Seeds.chance(r, 0.03)) link(b, r);
      if (++inParagraph >= 3 + r.nextInt(4) && left > 0) {
        b.append("\n\n");
        inParagraph = 0;
        if (Seeds.chance(r, 0.1)) {
          for (int i = 0, items = 2 + r.nextInt(4); i < items; i++) {
            b.append("- ");
            appendSentence(b, r, 2 + r.nextInt(8));
            b.append('\n');
          }
          b.append('\n');
        }
      }
      if (b.length() > MAX_CHARS - 200) break;
    }
    return b.length() > MAX_CHARS ? b.substring(0, MAX_CHARS) : b.toString();
  }

  private void appendSentence(StringBuilder b, SplittableRandom r, int words) {
    for (int i = 0; i < words; i++) {
      String w = word(r);
      if (i > 0) b.append(' ');
      if (i == 0) {
        b.append(capitalize(w));
      } else if (Seeds.chance(r, 0.01)) {
        b.append("**").append(w).append("**");
      } else if (Seeds.chance(r, 0.005)) {
        b.append("café"); // a non-ASCII word, so UTF-8 paths are exercised
      } else {
        b.append(w);
      }
    }
    b.append(Seeds.chance(r, 0.15) ? '?' : Seeds.chance(r, 0.05) ? '!' : '.');
  }

  private void link(StringBuilder b, SplittableRandom r) {
    b.append(" [").append(word(r)).append(' ').append(word(r)).append("](").append(url(r)).append(')');
  }

  String url(SplittableRandom r) {
    StringBuilder b = new StringBuilder("https://").append(Words.DOMAINS[r.nextInt(Words.DOMAINS.length)]).append('/');
    for (int i = 0, n = 2 + r.nextInt(4); i < n; i++) b.append(i > 0 ? "-" : "").append(word(r));
    return b.append('/').append(Long.toString(r.nextLong() & 0xFFFFFFL, 36)).toString();
  }

  static String capitalize(String w) {
    return Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }
}
