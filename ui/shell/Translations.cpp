#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace concord::ui {
namespace {

bool isSupported(const QString& language)
{
    return language == QLatin1String("pl") || language == QLatin1String("en");
}

void installTranslator(const QString& file, const QString& folder)
{
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(file, folder))
        QCoreApplication::installTranslator(translator);
    else
        delete translator; // English source text is used as it is
}

} // namespace

QString languageFromArguments(const QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument.startsWith(QLatin1String("--lang=")))
            return argument.mid(7).toLower();
        if (argument == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1).toLower();
    }
    return {};
}

QString installTranslations(const QString& language)
{
    const QLocale system = QLocale::system();
    QString chosen = language;
    if (!isSupported(chosen))
        chosen = system.language() == QLocale::Polish ? QStringLiteral("pl")
                                                       : QStringLiteral("en");

    // Dates and numbers follow the system locale unless its language differs from the one
    // asked for; then they follow the language asked for.
    const QLocale::Language wanted = chosen == QLatin1String("pl") ? QLocale::Polish
                                                                    : QLocale::English;
    if (system.language() != wanted)
        QLocale::setDefault(wanted == QLocale::Polish ? QLocale(QLocale::Polish, QLocale::Poland)
                                                      : QLocale(QLocale::English,
                                                                QLocale::UnitedKingdom));

    installTranslator(QStringLiteral("qtbase_") + chosen,
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    installTranslator(QStringLiteral("concord_") + chosen, QStringLiteral(":/i18n"));
    return chosen;
}

} // namespace concord::ui
