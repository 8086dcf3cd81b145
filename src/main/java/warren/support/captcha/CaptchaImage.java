package warren.support.captcha;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import javax.imageio.ImageIO;

/** Draws captcha text as a PNG: each letter tilted, with crossing lines and dots, more at higher difficulty. */
public final class CaptchaImage {
  private static final SecureRandom RANDOM = new SecureRandom();

  private CaptchaImage() {}

  public static byte[] png(String text, int noise) {
    int w = 40 * text.length() + 40;
    int h = 80;
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(new Color(245, 245, 240));
    g.fillRect(0, 0, w, h);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 42));
    for (int i = 0; i < text.length(); i++) {
      AffineTransform saved = g.getTransform();
      g.translate(20 + i * 40, 55 + RANDOM.nextInt(10) - 5);
      g.rotate((RANDOM.nextDouble() - 0.5) * 0.6);
      g.setColor(new Color(RANDOM.nextInt(120), RANDOM.nextInt(120), RANDOM.nextInt(120)));
      g.drawString(String.valueOf(text.charAt(i)), 0, 0);
      g.setTransform(saved);
    }
    g.setStroke(new BasicStroke(2f));
    for (int i = 0; i < noise; i++) {
      g.setColor(new Color(RANDOM.nextInt(200), RANDOM.nextInt(200), RANDOM.nextInt(200)));
      g.drawLine(RANDOM.nextInt(w), RANDOM.nextInt(h), RANDOM.nextInt(w), RANDOM.nextInt(h));
      g.fillOval(RANDOM.nextInt(w), RANDOM.nextInt(h), 3, 3);
    }
    g.dispose();
    var out = new ByteArrayOutputStream();
    try {
      ImageIO.write(img, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
