package dev.backoffice.application.internal;

import dev.backoffice.domain.model.legalentity.LegalEntityDetails;
import dev.backoffice.domain.model.shared.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Normalises and checks a legal entity's ИНН, КПП and ОГРН before they are stored. Input is normalised (spaces, NBSP,
 * dashes) but never "corrected": a letter where a digit belongs is refused.
 */
@ApplicationScoped
public class LegalEntityRequisites {

  public LegalEntityDetails check(LegalEntityDetails d) {
    String inn = digitsOnly("inn", d.inn());
    if (inn == null) {
      throw new InvalidInputException("required", "inn");
    }
    String kpp = normalise(d.kpp());
    String ogrn = digitsOnly("ogrn", d.ogrn());
    if (inn.length() == 10) {
      if (!innChecksum10(inn)) {
        throw new InvalidInputException("inn.checksum", "inn");
      }
      if (kpp == null) {
        throw new InvalidInputException("kpp.required", "kpp");
      }
      if (!kpp.matches("([0-9][1-9]|[1-9][0-9])[0-9]{2}[0-9A-Z]{2}[0-9]{3}")) {
        throw new InvalidInputException("kpp.pattern", "kpp");
      }
      if (ogrn != null && (ogrn.length() != 13 || !ogrnChecksum(ogrn, 11))) {
        throw new InvalidInputException("ogrn.checksum", "ogrn");
      }
    } else if (inn.length() == 12) {
      if (!innChecksum12(inn)) {
        throw new InvalidInputException("inn.checksum", "inn");
      }
      if (kpp != null) {
        throw new InvalidInputException("kpp.forbiddenForEntrepreneur", "kpp");
      }
      if (ogrn != null && (ogrn.length() != 15 || !ogrnChecksum(ogrn, 13))) {
        throw new InvalidInputException("ogrn.checksum", "ogrn");
      }
    } else {
      throw new InvalidInputException("inn.length", "inn", inn.length());
    }
    if (inn.startsWith("00")) {
      throw new InvalidInputException("inn.prefix00", "inn");
    }
    return new LegalEntityDetails(d.shortName(), d.fullName(), inn, kpp, ogrn, d.legalAddress());
  }

  static String normalise(String v) {
    if (v == null) {
      return null;
    }
    String s = v.replaceAll("[\\s\\u00A0\\u202F\\-\\u2010\\u2011\\u2013\\u2014]", "");
    return s.isEmpty() ? null : s;
  }

  private static String digitsOnly(String field, String v) {
    String s = normalise(v);
    if (s == null) {
      return null;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        throw new InvalidInputException(field + ".nonDigit", field, String.valueOf(c), i + 1);
      }
    }
    return s;
  }

  private static boolean innChecksum10(String inn) {
    int[] w = {2, 4, 10, 3, 5, 9, 4, 6, 8};
    return check(inn, w) == inn.charAt(9) - '0';
  }

  private static boolean innChecksum12(String inn) {
    int[] w11 = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    int[] w12 = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    return check(inn, w11) == inn.charAt(10) - '0' && check(inn, w12) == inn.charAt(11) - '0';
  }

  private static int check(String digits, int[] weights) {
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += (digits.charAt(i) - '0') * weights[i];
    }
    return sum % 11 % 10;
  }

  private static boolean ogrnChecksum(String ogrn, int modulus) {
    long body = Long.parseLong(ogrn.substring(0, ogrn.length() - 1));
    return body % modulus % 10 == ogrn.charAt(ogrn.length() - 1) - '0';
  }
}
