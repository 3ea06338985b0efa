#pragma once
// Private to the demo: the phrase tables of each language, gathered by DemoVocabulary.cpp.

#include "DemoVocabulary.h"

namespace concord::demo {

const TopicLines& polishTopicLines(Topic topic);
const TopicLines& englishTopicLines(Topic topic);
const CommonLines& polishCommonLines();
const CommonLines& englishCommonLines();

} // namespace concord::demo
