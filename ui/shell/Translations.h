#pragma once
// Chooses the interface language and installs Concord's and Qt's own translations.

#include <QString>
#include <QStringList>

namespace concord::ui {

// The language asked for with --lang, found before the full parse so that even --help and
// command-line errors speak it. Empty when not given.
QString languageFromArguments(const QStringList& arguments);

// Installs the translators for `language` ("pl", "en"; empty: the system locale's, falling
// back to English) and makes QLocale's default follow it, so dates and numbers match the
// words. Returns the language in use.
QString installTranslations(const QString& language);

} // namespace concord::ui
