// The Polish translation is complete: every user-visible string in ui/ (found by running
// lupdate over the sources now, not by trusting the committed .ts) has a finished,
// non-empty Polish translation, and placeholders (%1, %2, ...) survive translation.
// English is the source language, but its plurals ("%n answer(s)") still need their two
// forms, or the desk would print "1 answer(s)".

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Entry {
    QString context;
    QString source;
    QString translation;
    bool unfinished = false;
    bool numerus = false;
};

QList<Entry> readTs(const QString& path)
{
    QList<Entry> entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    QXmlStreamReader xml(&file);
    QString context;
    Entry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            entry = Entry{context, {}, {}, false,
                          xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (xml.name() == QLatin1String("source")) {
            entry.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            entry.unfinished = type == QLatin1String("unfinished");
            const bool obsolete = type == QLatin1String("vanished")
                                  || type == QLatin1String("obsolete");
            entry.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!obsolete)
                entries.append(entry);
        }
    }
    return entries;
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression marker(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (const auto& match : marker.globalMatch(text))
        found.insert(match.captured());
    return found;
}

// The entries of a committed .ts after lupdate has brought it up to date with ui/.
QList<Entry> currentEntries(const QString& language, const QTemporaryDir& dir)
{
    const QString name = QStringLiteral("concord_%1.ts").arg(language);
    const QString ts = dir.filePath(name);
    if (!QFile::copy(QStringLiteral(CONCORD_SOURCE_DIR "/translations/") + name, ts))
        return {};
    QFile::setPermissions(ts, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.start(QStringLiteral(CONCORD_LUPDATE),
                  {QStringLiteral(CONCORD_SOURCE_DIR "/ui"), QStringLiteral("-no-obsolete"),
                   QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-ts"),
                   ts});
    if (!lupdate.waitForFinished(120000) || lupdate.exitCode() != 0)
        return {};
    return readTs(ts);
}

const char* const kHowToUpdate = "\nRun: cmake --build <build> --target update_translations";

} // namespace

class TranslationsTest : public QObject {
    Q_OBJECT
private slots:
    void polishIsCompleteForCurrentSources();
    void englishPluralsHaveBothForms();
};

void TranslationsTest::polishIsCompleteForCurrentSources()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QList<Entry> entries = currentEntries(QStringLiteral("pl"), dir);
    QVERIFY2(!entries.isEmpty(), "lupdate failed or found no user-visible strings in ui/");
    QStringList problems;
    for (const Entry& e : entries) {
        const QString where = e.context + QStringLiteral(": \"") + e.source + QLatin1Char('"');
        if (e.unfinished || e.translation.trimmed().isEmpty())
            problems << QStringLiteral("untranslated ") + where;
        else if (!e.numerus && placeholders(e.source) != placeholders(e.translation))
            problems << QStringLiteral("placeholders differ ") + where;
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("\n") + problems.join('\n') + kHowToUpdate));
}

void TranslationsTest::englishPluralsHaveBothForms()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QList<Entry> entries = currentEntries(QStringLiteral("en"), dir);
    QVERIFY2(!entries.isEmpty(), "lupdate failed or found no user-visible strings in ui/");
    QStringList problems;
    int plurals = 0;
    for (const Entry& e : entries) {
        if (!e.numerus)
            continue;
        ++plurals;
        const QString where = e.context + QStringLiteral(": \"") + e.source + QLatin1Char('"');
        if (e.unfinished || e.translation.trimmed().isEmpty())
            problems << QStringLiteral("plural forms missing ") + where;
        else if (e.translation.contains(QStringLiteral("(s)")))
            problems << QStringLiteral("plural form still says (s) ") + where;
    }
    QVERIFY2(plurals > 0, "no plural strings found: the check would prove nothing");
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("\n") + problems.join('\n') + kHowToUpdate));
}

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
