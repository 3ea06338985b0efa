// The Polish translation is complete: every user-visible string in ui/ (found by running
// lupdate over the sources now, not by trusting the committed .ts) has a finished,
// non-empty Polish translation, and placeholders (%1, %2, ...) survive translation.

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

} // namespace

class TranslationsTest : public QObject {
    Q_OBJECT
private slots:
    void polishIsCompleteForCurrentSources();
};

void TranslationsTest::polishIsCompleteForCurrentSources()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString ts = dir.filePath(QStringLiteral("concord_pl.ts"));
    QVERIFY(QFile::copy(QStringLiteral(CONCORD_SOURCE_DIR "/translations/concord_pl.ts"), ts));
    QFile::setPermissions(ts, QFile::ReadOwner | QFile::WriteOwner);

    QProcess lupdate;
    lupdate.start(QStringLiteral(CONCORD_LUPDATE),
                  {QStringLiteral(CONCORD_SOURCE_DIR "/ui"), QStringLiteral("-no-obsolete"),
                   QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-ts"),
                   ts});
    QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
    QCOMPARE(lupdate.exitCode(), 0);

    const QList<Entry> entries = readTs(ts);
    QVERIFY2(!entries.isEmpty(), "lupdate found no user-visible strings in ui/");
    QStringList problems;
    for (const Entry& e : entries) {
        const QString where = e.context + QStringLiteral(": \"") + e.source + QLatin1Char('"');
        if (e.unfinished || e.translation.trimmed().isEmpty())
            problems << QStringLiteral("untranslated ") + where;
        else if (!e.numerus && placeholders(e.source) != placeholders(e.translation))
            problems << QStringLiteral("placeholders differ ") + where;
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n") + problems.join('\n')
                                            + QStringLiteral("\nRun: cmake --build <build> "
                                                             "--target update_translations")));
}

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
