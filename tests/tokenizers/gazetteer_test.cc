#include "tokenizers/gazetteer.h"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace steppe {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

constexpr std::string_view kSmall =
    "# Cities\n"
    "astana | capital | Astana | Nur-Sultan | Akmola | Астана | Нұр-Сұлтан\n"
    "\n"
    "almaty | city | Almaty | Alma-Ata | Алматы\n"
    "nur-otan | party | Amanat | Nur Otan | Нұр Отан\n";

std::string ErrorOf(std::string_view text) {
  Gazetteer gazetteer;
  const absl::Status status = gazetteer.Add(text, "mine.aliases");
  return status.ok() ? "" : std::string(status.message());
}

TEST(GazetteerTest, ReadsEntitiesAndTheirNames) {
  Gazetteer gazetteer;
  ASSERT_TRUE(gazetteer.Add(kSmall, "small.aliases").ok());
  ASSERT_EQ(gazetteer.entities().size(), 3u);
  const GazetteerEntity& astana = gazetteer.entities()[0];
  EXPECT_EQ(astana.id, "astana");
  EXPECT_EQ(astana.type, "capital");
  EXPECT_EQ(astana.canonical, "Astana");
  EXPECT_THAT(astana.aliases, ElementsAre("Nur-Sultan", "Akmola", "Астана", "Нұр-Сұлтан"));
}

TEST(GazetteerTest, FindsAnyNameInAnyCase) {
  Gazetteer gazetteer;
  ASSERT_TRUE(gazetteer.Add(kSmall, "small.aliases").ok());
  for (const char* name :
       {"Astana", "nur-sultan", "AKMOLA", "нұр-сұлтан", "НҰР-СҰЛТАН", " Astana "}) {
    const GazetteerEntity* entity = gazetteer.Find(name);
    ASSERT_NE(entity, nullptr) << name;
    EXPECT_EQ(entity->id, "astana") << name;
  }
  EXPECT_EQ(gazetteer.Find("Alma-Ata")->id, "almaty");
  EXPECT_EQ(gazetteer.Find("Nur Otan")->id, "nur-otan");
  // Names are whole: neither a part nor a look-alike is found.
  EXPECT_EQ(gazetteer.Find("Nur"), nullptr);
  EXPECT_EQ(gazetteer.Find("Astara"), nullptr);
}

TEST(GazetteerTest, FindsANameSpeltAnyWay) {
  Gazetteer gazetteer;
  ASSERT_TRUE(gazetteer
                  .Add("tokayev | person | Kassym-Jomart Tokayev | Қасым-Жомарт Тоқаев\n"
                       "astana | capital | Astana | Nur-Sultan | Akmola\n",
                       "test")
                  .ok());
  EXPECT_EQ(gazetteer.Find("Qasym-Zhomart Tokaev"), nullptr);  // not a listed name
  for (const char* spelling :
       {"Qasym-Zhomart Tokaev", "Касым-Жомарт Токаев", "kassym jomart tokayev"}) {
    const GazetteerEntity* entity = gazetteer.FindSpelling(spelling);
    ASSERT_NE(entity, nullptr) << spelling;
    EXPECT_EQ(entity->id, "tokayev") << spelling;
  }
  EXPECT_EQ(gazetteer.FindSpelling("Aqmola")->id, "astana");
  EXPECT_EQ(gazetteer.FindSpelling("Tokayev"), nullptr);  // a part is not the name
  EXPECT_EQ(Gazetteer::SpellingKey("Nur-Sultan"), "nur sultan");
  EXPECT_EQ(Gazetteer::SpellingKey("Нұр-Сұлтан"), "nur sultan");
}

TEST(GazetteerTest, ASpellingTwoEntitiesShareFindsNeither) {
  // Different names (case-folded) with one spelling key: Karaganda the
  // city and a made-up Qaraganda company.
  Gazetteer gazetteer;
  ASSERT_TRUE(gazetteer
                  .Add("karaganda | city | Karaganda\n"
                       "qaraganda-co | company | Qaraganda\n",
                       "test")
                  .ok());
  EXPECT_EQ(gazetteer.FindSpelling("Karaganda"), nullptr);
  EXPECT_EQ(gazetteer.Find("Karaganda")->id, "karaganda");  // exact names still work
}

TEST(GazetteerTest, FindsAPersonBySurnameAndListsTheSurnames) {
  Gazetteer gazetteer;
  ASSERT_TRUE(gazetteer
                  .Add("kunayev | person | Dinmukhamed Kunayev | Динмухамед Кунаев | "
                       "Дінмұхамед Қонаев | D. Kunaev\n"
                       "tileuberdi | person | Mukhtar Tileuberdi | Мұхтар Тілеуберді | "
                       "Мухтар Тлеуберди\n"
                       "konaev | city | Konaev | Қонаев\n"
                       "ilham-aliyev | person | Ilham Aliyev\n"
                       "heydar-aliyev | person | Heydar Aliyev\n",
                       "people.aliases")
                  .ok());
  for (const char* surname : {"Kunayev", "кунаев", "Kunaev"}) {
    const GazetteerEntity* person = gazetteer.FindSurname(surname);
    ASSERT_NE(person, nullptr) << surname;
    EXPECT_EQ(person->id, "kunayev");
  }
  // One per spelling key (Kunayev, Кунаев, Kunaev are one); not Қонаев,
  // which is also the town's name.
  EXPECT_THAT(gazetteer.Surnames(*gazetteer.FindSurname("Kunayev")), ElementsAre("Kunayev"));
  EXPECT_THAT(gazetteer.Surnames(*gazetteer.FindSurname("Тлеуберди")),
              ElementsAre("Tileuberdi", "Тлеуберди"));
  // A surname two people share finds neither; a first name is no surname.
  EXPECT_EQ(gazetteer.FindSurname("Aliyev"), nullptr);
  EXPECT_EQ(gazetteer.FindSurname("Ilham"), nullptr);
  EXPECT_EQ(gazetteer.FindSurname("Konaev"), nullptr);
}

TEST(GazetteerTest, AUsersLineExtendsAKnownEntity) {
  Gazetteer gazetteer;
  ASSERT_TRUE(gazetteer.Add(kSmall, "small.aliases").ok());
  ASSERT_TRUE(gazetteer.Add("astana | capital | Astana | Tselinograd | Целиноград\n", "mine").ok());
  EXPECT_EQ(gazetteer.entities().size(), 3u);
  EXPECT_EQ(gazetteer.Find("целиноград")->id, "astana");
  const std::string wrong_type = [&] {
    const absl::Status status = gazetteer.Add("astana | city | Astana | Akmolinsk\n", "mine");
    return std::string(status.message());
  }();
  EXPECT_THAT(wrong_type, HasSubstr("mine:1: 'astana' is a capital, not a city"));
}

TEST(GazetteerTest, BadLinesAreErrorsThatSayWhere) {
  EXPECT_THAT(ErrorOf("# header\nastana | capital\n"),
              HasSubstr("mine.aliases:2: expected 'id | type | canonical | alias | ...'"));
  EXPECT_THAT(ErrorOf("Astana | capital | Astana\n"), HasSubstr("mine.aliases:1: id 'Astana'"));
  EXPECT_THAT(ErrorOf("astana | metropolis | Astana\n"),
              HasSubstr("mine.aliases:1: unknown type 'metropolis'"));
  EXPECT_THAT(ErrorOf("astana | capital | Astana |  | Akmola\n"),
              HasSubstr("mine.aliases:1: an empty name"));
  // One name, two entities.
  EXPECT_THAT(ErrorOf("astana | capital | Astana\nastana-fc | organisation | FC Astana | astana\n"),
              HasSubstr("mine.aliases:2: 'astana' already names 'astana'"));
}

TEST(GazetteerTest, ReadsFilesAndSaysWhichCannotBeRead) {
  const std::string path = (std::filesystem::temp_directory_path() /
                            ("steppe-gazetteer-test-" + std::to_string(::getpid()) + ".aliases"))
                               .string();
  std::ofstream(path) << "bishkek | capital | Bishkek | Frunze | Фрунзе\n";
  Gazetteer gazetteer;
  ASSERT_TRUE(gazetteer.AddFile(path).ok());
  EXPECT_EQ(gazetteer.Find("фрунзе")->id, "bishkek");
  std::remove(path.c_str());
  const absl::Status missing = gazetteer.AddFile(path);
  EXPECT_FALSE(missing.ok());
  EXPECT_THAT(std::string(missing.message()), HasSubstr(path + ": cannot read"));
}

constexpr std::string_view kPeopleAndPlaces =
    "kunayev | person | Dinmukhamed Kunayev | Динмухамед Кунаев | Дінмұхамед Қонаев\n"
    "konaev | city | Konaev | Қонаев\n"
    "ilham-aliyev | person | Ilham Aliyev\n"
    "heydar-aliyev | person | Heydar Aliyev\n"
    "astana | capital | Astana | Nur-Sultan | Akmola | Нұр-Сұлтан\n";

// A gazetteer read back from the snapshot of one made of `text`; the
// snapshot's bytes are kept by the gazetteer.
Gazetteer FrozenCopy(std::string_view text) {
  Gazetteer made;
  EXPECT_TRUE(made.Add(text, "test").ok());
  absl::StatusOr<std::string> snapshot = made.Snapshot();
  EXPECT_TRUE(snapshot.ok()) << snapshot.status();
  auto owner = std::make_shared<const std::string>(std::move(*snapshot));
  absl::StatusOr<Gazetteer> frozen = Gazetteer::FromSnapshot(*owner, owner);
  EXPECT_TRUE(frozen.ok()) << frozen.status();
  return std::move(*frozen);
}

std::vector<std::string> Words(const GazetteerNameWords& words) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < words.words.size(); ++i) out.emplace_back(words.words[i]);
  return out;
}

TEST(GazetteerTest, ASnapshotFindsWhatTheGazetteerFinds) {
  Gazetteer made;
  ASSERT_TRUE(made.Add(kPeopleAndPlaces, "test").ok());
  const Gazetteer frozen = FrozenCopy(kPeopleAndPlaces);
  ASSERT_EQ(frozen.entities().size(), made.entities().size());
  EXPECT_THAT(frozen.entities()[0].aliases, ElementsAre("Динмухамед Кунаев", "Дінмұхамед Қонаев"));
  for (const char* name : {"NUR-SULTAN", "нұр-сұлтан", "Qonaev", "Kunayev", "Aliyev", "Akmola",
                           "Dinmukhamed Kunaev", "Ilham Aliyev", "nobody"}) {
    const auto id = [](const GazetteerEntity* entity) {
      return entity == nullptr ? std::string("-") : entity->id;
    };
    EXPECT_EQ(id(frozen.Find(name)), id(made.Find(name))) << name;
    EXPECT_EQ(id(frozen.FindSpelling(name)), id(made.FindSpelling(name))) << name;
    EXPECT_EQ(id(frozen.FindSurname(name)), id(made.FindSurname(name))) << name;
  }
  EXPECT_EQ(frozen.Find("нұр-сұлтан")->id, "astana");
  EXPECT_EQ(frozen.FindSurname("Kunaev")->id, "kunayev");
  EXPECT_EQ(frozen.FindSurname("Aliyev"), nullptr);  // two people's
  EXPECT_EQ(frozen.FindSurname("Konaev"), nullptr);  // the town's name too
  EXPECT_THAT(frozen.Surnames(*frozen.FindSurname("Kunayev")), ElementsAre("Kunayev"));
  // The name words: one-word names and people's surnames, folded (not the
  // words of a place's name of two: нұр, сұлтан).
  auto made_words = made.NameWords();
  auto frozen_words = frozen.NameWords();
  ASSERT_TRUE(made_words.ok() && frozen_words.ok());
  EXPECT_THAT(Words(*frozen_words),
              ElementsAre("akmola", "aliyev", "astana", "konaev", "kunayev", "кунаев", "қонаев"));
  EXPECT_EQ(Words(*frozen_words), Words(*made_words));
}

TEST(GazetteerTest, NamesAddedToASnapshotMeetItsNames) {
  Gazetteer frozen = FrozenCopy(kPeopleAndPlaces);
  // Another entity's name is still an error; a known entity is extended.
  const absl::Status taken = frozen.Add("nursultan | city | Nursultan | Akmola\n", "mine");
  EXPECT_THAT(std::string(taken.message()), HasSubstr("mine:1: 'Akmola' already names 'astana'"));
  Gazetteer extended = FrozenCopy(kPeopleAndPlaces);
  ASSERT_TRUE(extended
                  .Add("astana | capital | Astana | Tselinograd\n"
                       "nazarbayev | person | Nursultan Nazarbayev\n",
                       "mine")
                  .ok());
  EXPECT_EQ(extended.entities().size(), 6u);
  EXPECT_EQ(extended.Find("tselinograd")->id, "astana");
  EXPECT_EQ(extended.Find("Akmola")->id, "astana");
  EXPECT_EQ(extended.FindSurname("Nazarbaev")->id, "nazarbayev");
  EXPECT_EQ(extended.FindSurname("Aliyev"), nullptr);
  auto words = extended.NameWords();
  ASSERT_TRUE(words.ok());
  EXPECT_TRUE(words->words.Contains("nazarbayev"));
  EXPECT_TRUE(words->words.Contains("tselinograd"));
}

TEST(GazetteerTest, ABlockThatIsNoSnapshotIsAnError) {
  Gazetteer made;
  ASSERT_TRUE(made.Add(kSmall, "small.aliases").ok());
  absl::StatusOr<std::string> snapshot = made.Snapshot();
  ASSERT_TRUE(snapshot.ok());
  auto cut = std::make_shared<const std::string>(snapshot->substr(0, snapshot->size() / 2));
  EXPECT_FALSE(Gazetteer::FromSnapshot(*cut, cut).ok());
  auto text = std::make_shared<const std::string>(kSmall);
  EXPECT_FALSE(Gazetteer::FromSnapshot(*text, text).ok());
}

TEST(GazetteerTest, TheBundledListsLoadCleanly) {
  // corpora/gazetteer: every line well formed, every name one entity's.
  auto bundled = Gazetteer::Bundled();
  ASSERT_TRUE(bundled.ok()) << bundled.status();
  EXPECT_GT(bundled->entities().size(), 600u);
  EXPECT_EQ(bundled->Find("Nur-Sultan")->id, "astana");
  EXPECT_EQ(bundled->Find("Целиноград")->id, "astana");
  EXPECT_EQ(bundled->Find("Alma-Ata")->id, "almaty");
  EXPECT_EQ(bundled->Find("Nur Otan")->id, bundled->Find("Amanat")->id);
  EXPECT_EQ(bundled->Find("Frunze")->id, "bishkek");
  EXPECT_EQ(bundled->Find("ҚМГ")->id, bundled->Find("KazMunayGas")->id);
  EXPECT_NE(bundled->Find("Nursultan Nazarbayev")->id, bundled->Find("Dariga Nazarbayeva")->id);
  EXPECT_EQ(bundled->FindSpelling("Qasym-Zhomart Toqaev")->id, "tokayev-kassym-jomart");
}

}  // namespace
}  // namespace steppe
