package warren.support.captcha;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Locale;
import java.util.Map;

/**
 * The audio form of a captcha, for people who cannot see the image: the text in Morse code as a
 * 16-bit mono WAV. Needs no speech engine and no network.
 */
public final class CaptchaAudio {
  private static final int RATE = 8000;
  private static final int UNIT_MS = 90;
  private static final Map<Character, String> MORSE = Map.ofEntries(
      Map.entry('a', ".-"), Map.entry('b', "-..."), Map.entry('c', "-.-."), Map.entry('d', "-.."),
      Map.entry('e', "."), Map.entry('f', "..-."), Map.entry('g', "--."), Map.entry('h', "...."),
      Map.entry('i', ".."), Map.entry('j', ".---"), Map.entry('k', "-.-"), Map.entry('l', ".-.."),
      Map.entry('m', "--"), Map.entry('n', "-."), Map.entry('o', "---"), Map.entry('p', ".--."),
      Map.entry('q', "--.-"), Map.entry('r', ".-."), Map.entry('s', "..."), Map.entry('t', "-"),
      Map.entry('u', "..-"), Map.entry('v', "...-"), Map.entry('w', ".--"), Map.entry('x', "-..-"),
      Map.entry('y', "-.--"), Map.entry('z', "--.."), Map.entry('2', "..---"), Map.entry('3', "...--"),
      Map.entry('4', "....-"), Map.entry('5', "....."), Map.entry('6', "-...."), Map.entry('7', "--..."),
      Map.entry('8', "---.."), Map.entry('9', "----."));

  private CaptchaAudio() {}

  public static byte[] wav(String text) {
    var pcm = new ByteArrayOutputStream();
    for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
      String code = MORSE.getOrDefault(c, "");
      for (char s : code.toCharArray()) {
        tone(pcm, s == '.' ? 1 : 3);
        silence(pcm, 1);
      }
      silence(pcm, 6);
    }
    byte[] data = pcm.toByteArray();
    ByteBuffer b = ByteBuffer.allocate(44 + data.length).order(ByteOrder.LITTLE_ENDIAN);
    b.put("RIFF".getBytes()).putInt(36 + data.length).put("WAVE".getBytes());
    b.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1)
        .putInt(RATE).putInt(RATE * 2).putShort((short) 2).putShort((short) 16);
    b.put("data".getBytes()).putInt(data.length).put(data);
    return b.array();
  }

  private static void tone(ByteArrayOutputStream out, int units) {
    int samples = RATE * UNIT_MS * units / 1000;
    for (int i = 0; i < samples; i++) {
      short v = (short) (Math.sin(2 * Math.PI * 700 * i / RATE) * 12000);
      out.write(v & 0xff);
      out.write((v >> 8) & 0xff);
    }
  }

  private static void silence(ByteArrayOutputStream out, int units) {
    out.writeBytes(new byte[RATE * UNIT_MS * units / 1000 * 2]);
  }
}
