package dev.backoffice.domain.model.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backoffice.domain.model.document.RussianGenitive.Gender;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Genitive forms as Russian contracts print them; the names are of public figures (heads of banks and ministries). */
class RussianGenitiveTest {

  @ParameterizedTest
  @CsvSource({
    "Греф Герман Оскарович, Грефа Германа Оскаровича, MALE",
    "Набиуллина Эльвира Сахипзадовна, Набиуллиной Эльвиры Сахипзадовны, FEMALE",
    "Силуанов Антон Германович, Силуанова Антона Германовича, MALE",
    "Голикова Татьяна Алексеевна, Голиковой Татьяны Алексеевны, FEMALE",
    "Мишустин Михаил Владимирович, Мишустина Михаила Владимировича, MALE",
    "Костин Андрей Леонидович, Костина Андрея Леонидовича, MALE",
    "Сечин Игорь Иванович, Сечина Игоря Ивановича, MALE",
    "Ковальчук Юрий Валентинович, Ковальчука Юрия Валентиновича, MALE",
    "Шойгу Сергей Кужугетович, Шойгу Сергея Кужугетовича, MALE",
    "Толстой Лев Николаевич, Толстого Льва Николаевича, MALE",
    "Достоевская Анна Григорьевна, Достоевской Анны Григорьевны, FEMALE",
    "Черных Ольга Петровна, Черных Ольги Петровны, FEMALE",
    "Соколов Пётр Ильич, Соколова Петра Ильича, MALE",
    "Ильин Илья Никитич, Ильина Ильи Никитича, MALE",
    "Петрова Мария Сергеевна, Петровой Марии Сергеевны, FEMALE",
    "Греф Анна Павловна, Греф Анны Павловны, FEMALE",
    "Шевченко Любовь Андреевна, Шевченко Любови Андреевны, FEMALE",
    "Римский-Корсаков Николай Андреевич, Римского-Корсакова Николая Андреевича, MALE",
    "Гайдай Леонид Иович, Гайдая Леонида Иовича, MALE",
  })
  void fullNames(String nominative, String genitive, Gender gender) {
    RussianGenitive.Name n = RussianGenitive.fullName(nominative).orElseThrow();
    assertEquals(genitive, n.genitive());
    assertEquals(gender, n.gender());
  }

  @ParameterizedTest
  @ValueSource(strings = {"John Smith", "Мамедов Эльчин Али оглы", "Ли", "Иванов", "Саша Игорь", "Иванов Ив@н"})
  void notSureMeansNoAnswer(String nominative) {
    assertTrue(RussianGenitive.fullName(nominative).isEmpty(), nominative);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Генеральный директор | Генерального директора",
        "Президент, Председатель Правления | Президента, Председателя Правления",
        "Директор департамента | Директора департамента",
        "Главный бухгалтер | Главного бухгалтера",
        "Управляющий директор | Управляющего директора",
        "Коммерческий директор | Коммерческого директора",
        "Индивидуальный предприниматель | Индивидуального предпринимателя",
        "Заместитель генерального директора по финансам | Заместителя генерального директора по финансам",
        "Старший вице-президент | Старшего вице-президента",
        "Член Правления | Члена Правления",
        "Глава представительства | Главы представительства",
      })
  void positions(String nominative, String genitive) {
    assertEquals(genitive, RussianGenitive.position(nominative).orElseThrow());
  }

  @ParameterizedTest
  @ValueSource(strings = {"CEO", "Генеральный директор — управляющий партнёр", "Генеральный", " "})
  void positionsNotSure(String nominative) {
    assertTrue(RussianGenitive.position(nominative).isEmpty(), nominative);
  }
}
