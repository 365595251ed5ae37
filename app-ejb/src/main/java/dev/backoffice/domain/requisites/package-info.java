/**
 * Domain layer: pure rules for Russian requisites; nothing from jakarta, interfaces or infrastructure.
 *
 * <p>Violation codes (stable machine strings, prefixed by the JSON name of the field they concern;
 * messages in {@code RequisitesMessages[_ru].properties}; all {@code ERROR} unless marked):
 * <ul>
 *   <li>{@code entityType.required}</li>
 *   <li>{@code inn.required}, {@code inn.nonDigit}, {@code inn.length}, {@code inn.prefix00},
 *       {@code inn.checksum} (10-digit), {@code inn.checksum11}, {@code inn.checksum12} (12-digit),
 *       {@code inn.organisationLength}, {@code inn.entrepreneurLength}</li>
 *   <li>{@code kpp.required}, {@code kpp.length}, {@code kpp.nonDigit}, {@code kpp.cyrillic},
 *       {@code kpp.lowercase}, {@code kpp.pattern}, {@code kpp.prefix00},
 *       {@code kpp.forbiddenForEntrepreneur}</li>
 *   <li>{@code ogrn.required}, {@code ogrn.nonDigit}, {@code ogrn.length}, {@code ogrn.checksum}
 *       (ОГРН), {@code ogrn.checksumOgrnip} (ОГРНИП), {@code ogrn.kindWarning} (WARNING),
 *       {@code ogrn.organisationLength}, {@code ogrn.entrepreneurLength}</li>
 *   <li>{@code bik.required}, {@code bik.nonDigit}, {@code bik.length}</li>
 *   <li>{@code correspondentAccount.nonDigit}, {@code correspondentAccount.length},
 *       {@code correspondentAccount.prefix}, {@code correspondentAccount.bikMismatch},
 *       {@code correspondentAccount.key}, {@code correspondentAccount.bikRequired}</li>
 *   <li>{@code settlementAccount.required}, {@code settlementAccount.nonDigit},
 *       {@code settlementAccount.length}, {@code settlementAccount.correspondentPrefix},
 *       {@code settlementAccount.key}, {@code settlementAccount.bikRequired}</li>
 * </ul>
 * The authoritative list is {@link dev.backoffice.domain.requisites.ViolationCode#ALL}.
 * Message arguments of every {@code *.nonDigit}, {@code kpp.cyrillic} and {@code kpp.pattern}:
 * {0} = the character, {1} = its 1-based position after normalisation, {2} = its code point (U+XXXX).
 */
package dev.backoffice.domain.requisites;
