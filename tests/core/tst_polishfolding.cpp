// Search folding: what a user types must find the text however either is accented or cased.

#include "search/PolishFolding.h"

#include <QTest>

using concord::search::foldForSearch;

class TestPolishFolding : public QObject {
    Q_OBJECT
private slots:
    void folds_data();
    void folds();
    void foldedFormsMatch_data();
    void foldedFormsMatch();
    void invalidUtf8BecomesReplacement_data();
    void invalidUtf8BecomesReplacement();
    void wordCharacters();
};

void TestPolishFolding::folds_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("polish lower") << QByteArray("ąćęłńóśźż") << QByteArray("acelnoszz");
    QTest::newRow("polish upper") << QByteArray("ĄĆĘŁŃÓŚŹŻ") << QByteArray("acelnoszz");
    QTest::newRow("l stroke lower") << QByteArray("łódź") << QByteArray("lodz");
    QTest::newRow("l stroke upper") << QByteArray("ŁÓDŹ") << QByteArray("lodz");
    QTest::newRow("sentence") << QByteArray("Chcę złożyć reklamację!")
                              << QByteArray("chce zlozyc reklamacje!");
    QTest::newRow("shouting") << QByteArray("ZŁOŻYĆ") << QByteArray("zlozyc");
    QTest::newRow("ascii unchanged but lower") << QByteArray("Order #123 OK")
                                               << QByteArray("order #123 ok");
    QTest::newRow("german") << QByteArray("Straße Müller ÄÖÜ") << QByteArray("strasse muller aou");
    QTest::newRow("french") << QByteArray("Élève à l'hôtel, garçon")
                            << QByteArray("eleve a l'hotel, garcon");
    QTest::newRow("spanish") << QByteArray("Señor Núñez") << QByteArray("senor nunez");
    QTest::newRow("czech slovak") << QByteArray("Řeřicha ŽLUŤOUČKÝ ďábel")
                                  << QByteArray("rericha zlutoucky dabel");
    QTest::newRow("nordic") << QByteArray("Øster Ærø Åse") << QByteArray("oster aero ase");
    QTest::newRow("romanian") << QByteArray("Ștefan Țară") << QByteArray("stefan tara");
    QTest::newRow("vietnamese") << QByteArray("Nguyễn Thị") << QByteArray("nguyen thi");
    QTest::newRow("icelandic") << QByteArray("Þór Ðað") << QByteArray("thor dad");
    QTest::newRow("combining marks") << QByteArray("Z\xcc\x87o\xcc\x81\xc5\x82w")
                                     << QByteArray("zolw");
    QTest::newRow("cyrillic lowered") << QByteArray("МОСКВА Ёлка") << QByteArray("москва ёлка");
    QTest::newRow("greek lowered") << QByteArray("ΑΘΗΝΑ") << QByteArray("αθηνα");
    QTest::newRow("full width") << QByteArray("ＡＢＣ１２") << QByteArray("abc12");
    QTest::newRow("emoji kept") << QByteArray("ok 👍") << QByteArray("ok 👍");
    QTest::newRow("empty") << QByteArray("") << QByteArray("");
}

void TestPolishFolding::folds()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    const std::string folded = foldForSearch(input.toStdString());
    QCOMPARE(QByteArray::fromStdString(folded), expected);
}

void TestPolishFolding::foldedFormsMatch_data()
{
    QTest::addColumn<QByteArray>("typed");
    QTest::addColumn<QByteArray>("stored");
    QTest::newRow("no diacritics typed") << QByteArray("zlozyc reklamacje")
                                         << QByteArray("złożyć reklamację");
    QTest::newRow("caps typed") << QByteArray("ZŁOŻYĆ REKLAMACJĘ")
                                << QByteArray("złożyć reklamację");
    QTest::newRow("mixed") << QByteArray("Żółć") << QByteArray("ZOLC");
    QTest::newRow("surname") << QByteArray("wlodarczyk") << QByteArray("Włodarczyk");
}

void TestPolishFolding::foldedFormsMatch()
{
    QFETCH(QByteArray, typed);
    QFETCH(QByteArray, stored);
    QCOMPARE(foldForSearch(typed.toStdString()), foldForSearch(stored.toStdString()));
}

void TestPolishFolding::invalidUtf8BecomesReplacement_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray fffd("\xef\xbf\xbd");
    QTest::newRow("lone continuation") << QByteArray("a\x80z") << "a" + fffd + "z";
    QTest::newRow("truncated sequence") << QByteArray("za\xc5") << "za" + fffd;
    QTest::newRow("overlong slash") << QByteArray("\xc0\xaf") << fffd + fffd;
    QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80!") << fffd + fffd + fffd + "!";
    QTest::newRow("invalid lead") << QByteArray("\xff\xfeŁ") << fffd + fffd + "l";
    QTest::newRow("embedded nul") << QByteArray("a\0B", 3) << QByteArray("a\0b", 3);
}

void TestPolishFolding::invalidUtf8BecomesReplacement()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    const std::string folded = foldForSearch(std::string_view(input.constData(), input.size()));
    QCOMPARE(QByteArray::fromStdString(folded), expected);
}

void TestPolishFolding::wordCharacters()
{
    using concord::search::isWordCodePoint;
    QVERIFY(isWordCodePoint(U'a'));
    QVERIFY(isWordCodePoint(U'7'));
    QVERIFY(isWordCodePoint(U'ł'));
    QVERIFY(isWordCodePoint(U'Ж'));
    QVERIFY(!isWordCodePoint(U' '));
    QVERIFY(!isWordCodePoint(U'*'));
    QVERIFY(!isWordCodePoint(U'"'));
    QVERIFY(!isWordCodePoint(U'\u00A0')); // no-break space
    QVERIFY(!isWordCodePoint(U'\u2013')); // en dash
    QVERIFY(!isWordCodePoint(U'\u201E')); // Polish opening quote
    QVERIFY(!isWordCodePoint(U'\uFFFD'));
}

QTEST_GUILESS_MAIN(TestPolishFolding)
#include "tst_polishfolding.moc"
