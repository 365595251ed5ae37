package dev.backoffice.infrastructure.csv;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The character set and delimiter of a CSV file, detected from its bytes.
 *
 * <p>Character set, in this order: a UTF-8 BOM means UTF-8 (the bytes must then be valid UTF-8); a UTF-16 BOM means
 * UTF-16 (Excel's "Unicode text"); bytes that decode as strict UTF-8 are UTF-8; otherwise Windows-1251 (Excel's
 * "CSV" on a Russian Windows). Windows-1251 decodes almost any bytes, so the text must also look like text: if more
 * than {@value #MAX_SUSPICIOUS_PERCENT}% of its characters are control characters, undefined bytes or symbols that
 * Russian or English text does not use (what a KOI8-R or CP866 file, a spreadsheet or random binary turns into),
 * the file is rejected with {@code csv.brokenEncoding}. So is KOI8-R, which Windows-1251 turns into plausible
 * letters with the case flipped: {@code Петров} reads {@code рЕФТПЧ}; when more than
 * {@value #MAX_FLIPPED_PERCENT}% of the Cyrillic words look like that, the file is rejected (all-capitals text,
 * common in registry exports, is fine). Decoded UTF text is checked the same way for control
 * characters (UTF-16 without a BOM decodes as UTF-8 full of NULs).
 *
 * <p>Delimiter: {@code ;}, {@code ,} or TAB, chosen once for the whole file from the header line: the candidate
 * that yields the most known column names, then the most fields, then the first of {@code ; , TAB}.
 */
public record CsvFormat(Charset charset, char delimiter) {

  public static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
  public static final String BROKEN_ENCODING = "csv.brokenEncoding";
  static final int MAX_SUSPICIOUS_PERCENT = 2;
  static final int MAX_FLIPPED_PERCENT = 20;
  static final char[] DELIMITERS = {';', ',', '\t'};

  /**
   * Windows-1251 bytes 0x80–0xBF that Russian or English text does not use: Serbian and Macedonian letters, rare
   * symbols and the soft hyphen. (Typographic quotes, dashes, №, Ё, NBSP, the Ukrainian and Belarusian letters are
   * fine.)
   */
  private static final Pattern CYRILLIC_WORD = Pattern.compile("[\\p{IsCyrillic}]{3,}");
  /** A lower-case letter followed by capitals only: a capitalised Russian word written in KOI8-R. */
  private static final Pattern FLIPPED = Pattern.compile("[а-яё][А-ЯЁ]+");

  private static final String RARE_1251 =
      "\u0402\u0403\u201A\u0453\u2020\u2021\u2030\u0409\u2039\u040A\u040C\u040B\u040F\u0452\u0459\u203A\u045A\u045C"
          + "\u045B\u045F\u0408\u00A4\u00A6\u00AC\u00AD\u00B5\u00B6\u0458\u0405\u0455";

  /** Decoded text (without BOM) and the character set it was decoded from. */
  public record Decoded(Charset charset, String text) {}

  /**
   * Detects the character set and decodes.
   *
   * @throws CsvFileException with {@code csv.brokenEncoding} when the bytes are not plausible text
   */
  public static Decoded decode(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return plausible(StandardCharsets.UTF_8, strict(StandardCharsets.UTF_8, bytes, 3), false);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return plausible(StandardCharsets.UTF_16LE, strict(StandardCharsets.UTF_16LE, bytes, 2), false);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return plausible(StandardCharsets.UTF_16BE, strict(StandardCharsets.UTF_16BE, bytes, 2), false);
    }
    String utf8 = strict(StandardCharsets.UTF_8, bytes, 0);
    if (utf8 != null) {
      return plausible(StandardCharsets.UTF_8, utf8, false);
    }
    // never fails: an undefined byte (0x98) becomes U+FFFD, which counts as suspicious
    String cp1251 = new String(bytes, WINDOWS_1251);
    return plausible(WINDOWS_1251, cp1251, true);
  }

  /** The character set and delimiter of a file ({@link #decode} then {@link #detectDelimiter}). */
  public static CsvFormat detect(byte[] bytes) {
    Decoded decoded = decode(bytes);
    return new CsvFormat(decoded.charset(), detectDelimiter(decoded.text(), CsvFormat::knownColumns));
  }

  /**
   * The delimiter of {@code text}, judged on its first non-blank record only.
   *
   * @param knownColumns how many of a header's fields are known column names
   */
  public static char detectDelimiter(String text, ToIntFunction<List<String>> knownColumns) {
    char best = DELIMITERS[0];
    int bestKnown = -1;
    int bestFields = -1;
    for (char candidate : DELIMITERS) {
      CsvRecord header = new CsvParser(text, candidate).next();
      if (header == null) {
        continue;
      }
      int known = knownColumns.applyAsInt(header.fields());
      int fields = header.fields().size();
      if (known > bestKnown || (known == bestKnown && fields > bestFields)) {
        best = candidate;
        bestKnown = known;
        bestFields = fields;
      }
    }
    return best;
  }

  /** How many of the headers name a {@link CsvColumn}. */
  public static int knownColumns(List<String> headers) {
    return (int) headers.stream().filter(h -> CsvColumn.forHeader(h).isPresent()).count();
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** The text, or null if the bytes are not valid in {@code charset}. */
  private static String strict(Charset charset, byte[] bytes, int offset) {
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static Decoded plausible(Charset charset, String text, boolean singleByte) {
    if (text == null) {
      throw broken();
    }
    long suspicious = text.chars().filter(c -> isSuspicious((char) c, singleByte)).count();
    if (suspicious * 100 > (long) MAX_SUSPICIOUS_PERCENT * Math.max(text.length(), 1)) {
      throw broken();
    }
    if (text.indexOf('\0') >= 0) {
      throw broken(); // no text file has NULs: UTF-16 without a BOM, or binary
    }
    if (singleByte && looksLikeKoi8(text)) {
      throw broken();
    }
    return new Decoded(charset, text);
  }

  private static boolean looksLikeKoi8(String text) {
    Matcher words = CYRILLIC_WORD.matcher(text);
    int all = 0;
    int flipped = 0;
    while (words.find()) {
      all++;
      if (FLIPPED.matcher(words.group()).matches()) {
        flipped++;
      }
    }
    return flipped * 100 > MAX_FLIPPED_PERCENT * all;
  }

  private static boolean isSuspicious(char c, boolean singleByte) {
    if (c == '\t' || c == '\r' || c == '\n') {
      return false;
    }
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\uFFFD') {
      return true;
    }
    return singleByte && RARE_1251.indexOf(c) >= 0;
  }

  private static CsvFileException broken() {
    return new CsvFileException(CsvProblem.of(BROKEN_ENCODING));
  }
}
