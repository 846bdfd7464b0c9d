#include "indexer/story_key.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "tokenizers/gazetteer.h"

namespace steppe {
namespace {

using Keys = std::vector<std::string>;

// A story as StoryKey sees it: each word's term and name keys.
struct Word {
  std::string term;
  Keys keys;
};

std::string KeyOf(const std::vector<Word>& words, const Gazetteer* gazetteer = nullptr,
                  std::string_view date = "2019-06-12") {
  StoryKey key(gazetteer);
  for (const Word& word : words) key.Add(word.term, word.keys, /*keys_from_context=*/false);
  return key.Key(date);
}

// Tokayev met Mirziyoyev in Astana on 12 June 2019 ... Tokayev said ...
// Mirziyoyev ... Astana ... 12 agreements in 2019 ... 71 percent ...
// Tokayev ... Mirziyoyev ... Samarkand: three names and two numbers
// stand out.
const std::vector<Word> kStory = {
    {"tokayev", {"tokaev"}},
    {"met", {}},
    {"mirziyoyev", {"mirziyoev"}},
    {"in", {}},
    {"astana", {"astana"}},
    {"12", {}},
    {"2019", {}},
    {"tokayev", {"tokaev"}},
    {"said", {}},
    {"mirziyoyev", {"mirziyoev"}},
    {"astana", {"astana"}},
    {"12", {}},
    {"2019", {}},
    {"71", {}},
    {"percent", {}},
    {"tokayev", {"tokaev"}},
    {"mirziyoyev", {"mirziyoev"}},
    {"samarkand", {"samarkand"}},
};

TEST(StoryKeyTest, CopiesOfAStoryShareTheKeyWhateverTheirOtherWords) {
  const std::string key = KeyOf(kStory);
  EXPECT_EQ(key.size(), 16u);  // a 64-bit hash in hex
  EXPECT_EQ(KeyOf(kStory), key);
  // Republished with other common words, in another order, a minor name
  // left out and a main one said once more: its main names and numbers
  // unchanged.
  std::vector<Word> reworded(kStory.rbegin(), kStory.rend());
  reworded[1].term = "welcomed";
  reworded.insert(reworded.begin() + 3, Word{"president", {}});
  reworded.erase(reworded.begin());  // Samarkand
  reworded.push_back({"tokayev", {"tokaev"}});
  EXPECT_EQ(KeyOf(reworded), key);
  // The same names and figures another day: another story.
  EXPECT_NE(KeyOf(kStory, nullptr, "2019-06-13"), key);
}

TEST(StoryKeyTest, AnUndatedStoryNeedsMoreNamesAndNumbers) {
  const std::vector<Word> shorter(kStory.begin(), kStory.begin() + 12);  // 10 of them
  EXPECT_EQ(KeyOf(shorter).size(), 16u);
  EXPECT_EQ(KeyOf(shorter, nullptr, ""), "");
  EXPECT_EQ(KeyOf(kStory, nullptr, "").size(), 16u);  // 15 of them
}

TEST(StoryKeyTest, AnotherStoryOfTheSamePeopleHasAnotherKey) {
  const std::vector<Word> other = {
      {"mirziyoyev", {"mirziyoev"}},
      {"visited", {}},
      {"tokayev", {"tokaev"}},
      {"in", {}},
      {"samarkand", {"samarkand"}},
      {"2022", {}},
      {"15", {}},
      {"september", {}},
      {"30", {}},
      {"astana", {"astana"}},
  };
  EXPECT_NE(KeyOf(other), KeyOf(kStory));
}

TEST(StoryKeyTest, TooFewNamesAndNumbersGiveNoKey) {
  EXPECT_EQ(KeyOf({{"tokayev", {"tokaev"}}, {"said", {}}, {"2019", {}}, {"astana", {"astana"}}}),
            "");
  EXPECT_EQ(KeyOf({}), "");
  // Names the context alone made names' do not count.
  StoryKey key;
  for (int i = 0; i < 10; ++i) key.Add("word", {"word"}, /*keys_from_context=*/true);
  EXPECT_EQ(key.Key("2019-06-12"), "");
}

TEST(StoryKeyTest, TheGazetteerMakesAnEntitysNamesOneFeature) {
  auto gazetteer = Gazetteer::Bundled();
  ASSERT_TRUE(gazetteer.ok()) << gazetteer.status();
  // Akmola and Astana (one city), Казахстан's key and Қазақстан's.
  std::vector<Word> renamed = kStory;
  renamed[4].keys = {"akmola"};
  renamed[10].keys = {"akmola"};
  EXPECT_NE(KeyOf(renamed), KeyOf(kStory));
  EXPECT_EQ(KeyOf(renamed, &*gazetteer), KeyOf(kStory, &*gazetteer));
  std::vector<Word> russian = kStory;
  std::vector<Word> kazakh = kStory;
  for (const std::size_t at : {3, 8, 14}) {  // Kazakhstan, thrice: a main name
    russian[at] = {"казахстан", {Gazetteer::SpellingKey("Казахстан")}};
    kazakh[at] = {"қазақстан", {Gazetteer::SpellingKey("Қазақстан")}};
  }
  EXPECT_NE(russian[3].keys, kazakh[3].keys);
  EXPECT_NE(KeyOf(russian), KeyOf(kazakh));
  EXPECT_EQ(KeyOf(russian, &*gazetteer), KeyOf(kazakh, &*gazetteer));
}

}  // namespace
}  // namespace steppe
