// Building FTS5 MATCH expressions from what the user typed: every word quoted, the last one a
// prefix, and no input able to make the query fail.

#include "search/FtsQuery.h"
#include "store/Database.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <QTest>

using concord::search::buildFtsMatch;
using concord::search::FtsQueryOptions;

class TestFtsQuery : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void builds_data();
    void builds();
    void withoutPrefix();
    void hostileInputNeverFails_data();
    void hostileInputNeverFails();
    void hostileWordsAreSearchedLiterally();
    void foldsThroughTheTokenizer();

private:
    int count(const std::string& match);
    std::unique_ptr<concord::store::Database> m_db;
};

void TestFtsQuery::initTestCase()
{
    auto db = concord::store::Database::openInMemory();
    QVERIFY2(db.ok(), db.ok() ? "" : db.error().detail.c_str());
    m_db = std::move(db).value();
    // A plain FTS5 table with the cache's tokenizer, to run the built queries for real.
    m_db->sql().exec("CREATE VIRTUAL TABLE docs USING fts5(body, tokenize='concord', "
                     "prefix='2 3')");
    for (const char* body :
         {"Chcę złożyć reklamację butów", "Proszę o fakturę FV/2024/03/1234",
          "NEAR the river AND the sea", "kontakt: jan.nowak@example.com",
          "tel. +48600100200", "a b c", "Ala ma kota", "stars * and \"quotes\""}) {
        SQLite::Statement insert(m_db->sql(), "INSERT INTO docs(body) VALUES (?1)");
        insert.bind(1, body);
        insert.exec();
    }
}

int TestFtsQuery::count(const std::string& match)
{
    SQLite::Statement query(m_db->sql(), "SELECT count(*) FROM docs WHERE docs MATCH ?1");
    query.bind(1, match);
    query.executeStep();
    return query.getColumn(0).getInt();
}

void TestFtsQuery::builds_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("one word gets a prefix") << QByteArray("reklam") << QByteArray("\"reklam\"*");
    QTest::newRow("words joined by AND") << QByteArray("zlozyc reklamacje")
                                         << QByteArray("\"zlozyc\" AND \"reklamacje\"*");
    QTest::newRow("extra spaces") << QByteArray("  zlozyc \t\n reklamacje  ")
                                  << QByteArray("\"zlozyc\" AND \"reklamacje\"*");
    QTest::newRow("one letter is not a prefix") << QByteArray("ala m")
                                                << QByteArray("\"ala\" AND \"m\"");
    QTest::newRow("one non-latin letter is not a prefix") << QByteArray("Ж")
                                                          << QByteArray("\"Ж\"");
    QTest::newRow("two folded letters are") << QByteArray("Łó") << QByteArray("\"Łó\"*");
    QTest::newRow("quote doubled") << QByteArray("say\"hi") << QByteArray("\"say\"\"hi\"*");
    QTest::newRow("operators are words") << QByteArray("NEAR AND OR NOT")
                                         << QByteArray("\"NEAR\" AND \"AND\" AND \"OR\" AND "
                                                       "\"NOT\"*");
    QTest::newRow("punctuation-only words dropped") << QByteArray("* ( ) - : ^ \"\" zwrot")
                                                    << QByteArray("\"zwrot\"*");
    QTest::newRow("email is one phrase") << QByteArray("jan.nowak@example.com")
                                         << QByteArray("\"jan.nowak@example.com\"*");
    QTest::newRow("phone groups also joined")
        << QByteArray("+48 600 100 200")
        << QByteArray("(\"+48\" AND \"600\" AND \"100\" AND \"200\"* OR \"48600100200\"*)");
    QTest::newRow("dashed phone") << QByteArray("600-100-200")
                                  << QByteArray("(\"600-100-200\"* OR \"600100200\"*)");
    QTest::newRow("short numbers stay apart") << QByteArray("12 300")
                                              << QByteArray("\"12\" AND \"300\"*");
    QTest::newRow("bare digits") << QByteArray("600100200") << QByteArray("\"600100200\"*");
    QTest::newRow("empty") << QByteArray("") << QByteArray("");
    QTest::newRow("only spaces") << QByteArray("   ") << QByteArray("");
    QTest::newRow("only punctuation") << QByteArray("!!! ??? ***") << QByteArray("");
    QTest::newRow("invalid utf8 replaced") << QByteArray("ab\xff")
                                           << QByteArray("\"ab\xef\xbf\xbd\"*");
}

void TestFtsQuery::builds()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(QByteArray::fromStdString(buildFtsMatch(input.toStdString())), expected);
}

void TestFtsQuery::withoutPrefix()
{
    FtsQueryOptions options;
    options.prefixLastToken = false;
    QCOMPARE(buildFtsMatch("zlozyc reklamacje", options), "\"zlozyc\" AND \"reklamacje\"");
}

void TestFtsQuery::hostileInputNeverFails_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("lone quote") << QByteArray("\"");
    QTest::newRow("unbalanced quotes") << QByteArray("\"abc def");
    QTest::newRow("star") << QByteArray("*");
    QTest::newRow("star word") << QByteArray("*abc");
    QTest::newRow("caret") << QByteArray("^abc");
    QTest::newRow("column filter") << QByteArray("body:abc");
    QTest::newRow("braces") << QByteArray("{body}: abc");
    QTest::newRow("parentheses") << QByteArray("(abc OR def");
    QTest::newRow("NEAR") << QByteArray("NEAR(abc def, 2)");
    QTest::newRow("NOT first") << QByteArray("NOT abc");
    QTest::newRow("AND alone") << QByteArray("AND");
    QTest::newRow("minus") << QByteArray("-abc --");
    QTest::newRow("plus") << QByteArray("+abc +");
    QTest::newRow("sql") << QByteArray("'; DROP TABLE docs; --");
    QTest::newRow("only punctuation") << QByteArray("!@#$%^&*()");
    QTest::newRow("long") << QByteArray(20000, 'x');
    QTest::newRow("many words") << QByteArray("ab ").repeated(5000);
    QTest::newRow("invalid utf8") << QByteArray("\xc3\x28 \xa0\xa1 \xe2\x28\xa1 \xf0\x28\x8c\xbc");
    QTest::newRow("nul byte") << QByteArray("ab\0cd", 5);
    QTest::newRow("combining only") << QByteArray("\xcc\x81\xcc\x81");
    QTest::newRow("emoji") << QByteArray("👍👍");
    QTest::newRow("phone-ish punctuation") << QByteArray("+-()./ 1234567 (");
}

void TestFtsQuery::hostileInputNeverFails()
{
    QFETCH(QByteArray, input);
    const std::string match = buildFtsMatch(std::string_view(input.constData(), input.size()));
    if (match.empty())
        return; // nothing to search: the caller does not query at all
    try {
        count(match);
    } catch (const std::exception& e) {
        QFAIL((std::string("query failed: ") + match.substr(0, 200) + ": " + e.what()).c_str());
    }
}

void TestFtsQuery::hostileWordsAreSearchedLiterally()
{
    QCOMPARE(count(buildFtsMatch("NEAR")), 1);
    QCOMPARE(count(buildFtsMatch("AND the")), 1);
    QCOMPARE(count(buildFtsMatch("\"quotes\"")), 1);
    QCOMPARE(count(buildFtsMatch("NOT")), 0);
    QCOMPARE(count(buildFtsMatch("fv/2024/03/1234")), 1);
    QCOMPARE(count(buildFtsMatch("jan.nowak@example.com")), 1);
    QCOMPARE(count(buildFtsMatch("jan.nowak@exa")), 1);
    QCOMPARE(count(buildFtsMatch("+48 600 100 200")), 1);
    QCOMPARE(count(buildFtsMatch("a")), 1);
}

void TestFtsQuery::foldsThroughTheTokenizer()
{
    QCOMPARE(count(buildFtsMatch("zlozyc reklamacje")), 1);
    QCOMPARE(count(buildFtsMatch("ZŁOŻYĆ")), 1);
    QCOMPARE(count(buildFtsMatch("reklam")), 1);
    QCOMPARE(count(buildFtsMatch("Reklamację")), 1);
    QCOMPARE(count(buildFtsMatch("faktura")), 0); // a different word, not a prefix of it
    QCOMPARE(count(buildFtsMatch("fakt")), 1);
    QCOMPARE(count(buildFtsMatch("butow chce")), 1);
}

QTEST_GUILESS_MAIN(TestFtsQuery)
#include "tst_ftsquery.moc"
