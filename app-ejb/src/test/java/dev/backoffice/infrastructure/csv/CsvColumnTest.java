package dev.backoffice.infrastructure.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class CsvColumnTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ИНН|INN",
        "inn|INN",
        "  Инн |INN",
        "\uFEFFИНН|INN",
        "ИНН (10 или 12 цифр)|INN",
        "КПП|KPP",
        "ОГРН|OGRN",
        "ОГРНИП|OGRN",
        "ogrn|OGRN",
        "Полное наименование|FULL_NAME",
        "Наименование|FULL_NAME",
        "full name|FULL_NAME",
        "fullName|FULL_NAME",
        "Краткое наименование|SHORT_NAME",
        "short name|SHORT_NAME",
        "Тип|ENTITY_TYPE",
        "Вид лица|ENTITY_TYPE",
        "entity type|ENTITY_TYPE",
        "Юридический адрес|LEGAL_ADDRESS",
        "Почтовый адрес|POSTAL_ADDRESS",
        "Банк|BANK_NAME",
        "БИК|BIK",
        "Корр. счёт|CORRESPONDENT_ACCOUNT",
        "Кор. счет|CORRESPONDENT_ACCOUNT",
        "КОРР.СЧЕТ|CORRESPONDENT_ACCOUNT",
        "к/с|CORRESPONDENT_ACCOUNT",
        "Расчётный счёт|SETTLEMENT_ACCOUNT",
        "Расчетный счет|SETTLEMENT_ACCOUNT",
        "р/с|SETTLEMENT_ACCOUNT",
        "Подписант|SIGNATORY_NAME",
        "ФИО подписанта|SIGNATORY_NAME",
        "Должность подписанта|SIGNATORY_POSITION",
        "Основание|SIGNATORY_BASIS",
        "Действует на основании|SIGNATORY_BASIS",
        "Номер доверенности|POWER_OF_ATTORNEY_NUMBER",
        "Дата доверенности|POWER_OF_ATTORNEY_DATE",
        "E-mail компании|COMPANY_EMAIL",
        "Email компании|COMPANY_EMAIL",
        "Телефон компании|COMPANY_PHONE",
        "Контактное лицо|CONTACT_NAME",
        "E-mail|CONTACT_EMAIL",
        "email|CONTACT_EMAIL",
        "Email контактного лица|CONTACT_EMAIL",
        "Телефон|CONTACT_PHONE",
        "Тариф|TARIFF",
        "Участники|PARTICIPANTS",
        "participants|PARTICIPANTS",
        "Участники (ФИО, e-mail, должность)|PARTICIPANTS",
        "Количество участников|PARTICIPANT_COUNT"
      })
  void headerNames(String header, CsvColumn expected) {
    assertEquals(Optional.of(expected), CsvColumn.forHeader(header));
  }

  @Test
  void unknownAndBlankHeaders() {
    assertEquals(Optional.empty(), CsvColumn.forHeader("Комментарий"));
    assertEquals(Optional.empty(), CsvColumn.forHeader(""));
    assertEquals(Optional.empty(), CsvColumn.forHeader(null));
  }

  @Test
  void fieldsIncludingIndexedParticipantFields() {
    assertEquals(Optional.of(CsvColumn.INN), CsvColumn.forField("inn"));
    assertEquals(Optional.of(CsvColumn.CONTACT_EMAIL), CsvColumn.forField("contact.email"));
    assertEquals(Optional.of(CsvColumn.PARTICIPANTS), CsvColumn.forField("participants[3].email"));
    assertEquals(Optional.empty(), CsvColumn.forField("eventId"));
  }

  @ParameterizedTest
  @EnumSource(CsvColumn.class)
  void theRussianLabelIsTheCanonicalHeaderAndEveryNameMapsBack(CsvColumn column) {
    assertEquals(column.names().get(0), CsvMessages.columnLabel(column.field(), Locale.forLanguageTag("ru")));
    column.names().forEach(n -> assertEquals(Optional.of(column), CsvColumn.forHeader(n), n));
    assertTrue(!CsvMessages.columnLabel(column.field(), Locale.ENGLISH).equals(column.field()), "English label");
  }

  @Test
  void requiredColumns() {
    assertEquals(
        java.util.List.of(
            CsvColumn.FULL_NAME, CsvColumn.INN, CsvColumn.CONTACT_NAME, CsvColumn.CONTACT_EMAIL, CsvColumn.PARTICIPANTS),
        java.util.Arrays.stream(CsvColumn.values()).filter(CsvColumn::required).toList());
  }
}
