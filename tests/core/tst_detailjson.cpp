// The bulk load's own JSON writer for the detail and tags columns (jsontext) writes exactly
// the text nlohmann-json writes through rows::detailToJson and rows::tagsToJson, whatever the
// text holds: Polish letters, quotes, backslashes, control characters, broken UTF-8.

#include "store/DetailJsonText.h"
#include "store/RowMapping.h"

#include <QTest>

using namespace concord;

Q_DECLARE_METATYPE(std::string)

namespace {

domain::Message emailWith(const std::string& text)
{
    domain::Message m;
    m.email.emplace();
    m.email->subject = text;
    m.email->from = "Jan Kowalski <jan@example.pl>";
    m.email->to = text + " <biuro@example.pl>";
    m.email->cc = "";
    m.email->headers = {{"X-Note", text}, {"Message-ID", "<1@example.pl>"}};
    return m;
}

} // namespace

class TstDetailJson : public QObject {
    Q_OBJECT
private slots:
    void detailIsWhatNlohmannWrites_data();
    void detailIsWhatNlohmannWrites();
    void callVisitAndNoDetail();
    void tagsAreWhatNlohmannWrites();
};

void TstDetailJson::detailIsWhatNlohmannWrites_data()
{
    QTest::addColumn<std::string>("text");
    QTest::newRow("plain") << std::string("Reklamacja czajnika");
    QTest::newRow("empty") << std::string();
    QTest::newRow("polish") << std::string("Zażółć gęślą jaźń – „cudzysłów”");
    QTest::newRow("quotes and backslashes") << std::string(R"(C:\zamowienia\"pilne" \\ "")");
    QTest::newRow("control characters") << std::string("a\tb\nc\rd\b\f\x01\x1f end");
    QTest::newRow("broken utf-8") << std::string("zam\xC3wienie \xFF\xFE ok \xE2\x82");
    QTest::newRow("escape at the end") << std::string("koniec\n");
    QTest::newRow("four-byte") << std::string("emoji \xF0\x9F\x99\x82 ok");
    QTest::newRow("overlong") << std::string("a\xE0\x80\x80z \xC0\xAF");
    QTest::newRow("surrogate") << std::string("a\xED\xA0\x80z");
    QTest::newRow("past U+10FFFF") << std::string("a\xF4\x90\x80\x80z");
    QTest::newRow("lone continuations") << std::string("\x80\x80x\xBF");
    QTest::newRow("cut four-byte mid-text") << std::string("a\xF0\x9F\x99 b");
}

void TstDetailJson::detailIsWhatNlohmannWrites()
{
    QFETCH(std::string, text);
    const domain::Message message = emailWith(text);
    const auto ours = store::jsontext::detailJson(message);
    const auto theirs = store::rows::detailToJson(message);
    QVERIFY(ours && theirs);
    QCOMPARE(QByteArray::fromStdString(*ours), QByteArray::fromStdString(*theirs));
}

void TstDetailJson::callVisitAndNoDetail()
{
    domain::Message call;
    call.call.emplace();
    call.call->durationSeconds = 321;
    call.call->ivrPath = {"1", "Reklamacje \"pilne\"", "3"};
    call.call->queue = "Kolejka – Kraków";
    QCOMPARE(*store::jsontext::detailJson(call), *store::rows::detailToJson(call));

    domain::Message visit;
    visit.visit.emplace();
    visit.visit->branch = "Oddział Łódź\tPiotrkowska";
    visit.visit->purpose = "Zwrot";
    visit.visit->durationMinutes = 15;
    QCOMPARE(*store::jsontext::detailJson(visit), *store::rows::detailToJson(visit));

    QVERIFY(!store::jsontext::detailJson(domain::Message{}));
}

void TstDetailJson::tagsAreWhatNlohmannWrites()
{
    const std::vector<std::string> tags{"vip", "pilne \"teraz\"", "zwrot\\", "łódź\n", "\xFF"};
    QCOMPARE(store::jsontext::tagsJson(tags), store::rows::tagsToJson(tags));
    QCOMPARE(store::jsontext::tagsJson({}), store::rows::tagsToJson({}));
}

QTEST_GUILESS_MAIN(TstDetailJson)
#include "tst_detailjson.moc"
