// The composer as an agent uses it: Ctrl+Enter sends a reply or a note, empty text is never
// sent, calls and visits take notes only, and a draft waits for its conversation.

#include "conversation/ReplyComposer.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using concord::domain::Channel;
using concord::domain::SocialNetwork;
using concord::ui::ReplyComposer;

class TstReplyComposer : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void disabledUntilAConversationIsOpen();
    void ctrlEnterSendsTrimmedReplyAndClears();
    void plainEnterStartsANewLine();
    void emptyTextIsNeverSent();
    void noteModeSendsANote();
    void callsAndVisitsTakeNotesOnly();
    void draftFollowsItsConversation();

private:
    QPlainTextEdit* editor() const
    {
        return m_composer->findChild<QPlainTextEdit*>(QStringLiteral("composerEditor"));
    }
    QPushButton* button(const char* name) const
    {
        return m_composer->findChild<QPushButton*>(QString::fromLatin1(name));
    }
    // QTest::keyClicks only knows ASCII; Polish text is inserted as an input method would.
    void type(const QString& text) { editor()->insertPlainText(text); }

    std::unique_ptr<ReplyComposer> m_composer;
};

void TstReplyComposer::init()
{
    m_composer = std::make_unique<ReplyComposer>();
    m_composer->resize(500, 200);
    m_composer->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_composer.get()));
}

void TstReplyComposer::cleanup()
{
    m_composer.reset();
}

void TstReplyComposer::disabledUntilAConversationIsOpen()
{
    QVERIFY(!m_composer->isEnabled());
    m_composer->setConversation(QStringLiteral("c1"), QStringLiteral("Anna Nowak"),
                                Channel::Email, SocialNetwork::None);
    QVERIFY(m_composer->isEnabled());
    QVERIFY(editor()->placeholderText().contains(QStringLiteral("Anna Nowak")));
}

void TstReplyComposer::ctrlEnterSendsTrimmedReplyAndClears()
{
    QSignalSpy sent(m_composer.get(), &ReplyComposer::submitted);
    m_composer->setConversation(QStringLiteral("c1"), QStringLiteral("Anna"), Channel::Chat,
                                SocialNetwork::None);
    m_composer->focusEditor();
    type(QStringLiteral("  Dzień dobry, sprawdzę to.  "));
    QVERIFY(button("composerSend")->isEnabled());
    QTest::keyClick(editor(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(sent.count(), 1);
    QCOMPARE(sent.at(0).at(0).toString(), QStringLiteral("c1"));
    QCOMPARE(sent.at(0).at(1).value<ReplyComposer::Mode>(), ReplyComposer::Mode::Reply);
    QCOMPARE(sent.at(0).at(2).toString(), QStringLiteral("Dzień dobry, sprawdzę to."));
    QVERIFY(editor()->toPlainText().isEmpty());
    QVERIFY(!button("composerSend")->isEnabled());
}

void TstReplyComposer::plainEnterStartsANewLine()
{
    QSignalSpy sent(m_composer.get(), &ReplyComposer::submitted);
    m_composer->setConversation(QStringLiteral("c1"), QStringLiteral("Anna"), Channel::Email,
                                SocialNetwork::None);
    type(QStringLiteral("Line one"));
    QTest::keyClick(editor(), Qt::Key_Return);
    type(QStringLiteral("Line two"));
    QCOMPARE(sent.count(), 0);
    QTest::mouseClick(button("composerSend"), Qt::LeftButton);
    QCOMPARE(sent.count(), 1);
    QCOMPARE(sent.at(0).at(2).toString(), QStringLiteral("Line one\nLine two"));
}

void TstReplyComposer::emptyTextIsNeverSent()
{
    QSignalSpy sent(m_composer.get(), &ReplyComposer::submitted);
    m_composer->setConversation(QStringLiteral("c1"), QStringLiteral("Anna"), Channel::Sms,
                                SocialNetwork::None);
    type(QStringLiteral("   "));
    QVERIFY(!button("composerSend")->isEnabled());
    QTest::keyClick(editor(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(sent.count(), 0);
}

void TstReplyComposer::noteModeSendsANote()
{
    QSignalSpy sent(m_composer.get(), &ReplyComposer::submitted);
    m_composer->setConversation(QStringLiteral("c1"), QStringLiteral("Anna"), Channel::Social,
                                SocialNetwork::WhatsApp);
    QTest::mouseClick(button("composerNoteTab"), Qt::LeftButton);
    QCOMPARE(m_composer->mode(), ReplyComposer::Mode::Note);
    QCOMPARE(button("composerSend")->text(), QStringLiteral("Add note"));
    type(QStringLiteral("Klientka prosi o telefon po 16."));
    QTest::keyClick(editor(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(sent.count(), 1);
    QCOMPARE(sent.at(0).at(1).value<ReplyComposer::Mode>(), ReplyComposer::Mode::Note);
}

void TstReplyComposer::callsAndVisitsTakeNotesOnly()
{
    for (Channel channel : {Channel::Voice, Channel::Visit}) {
        m_composer->setConversation(QStringLiteral("c-%1").arg(int(channel)),
                                    QStringLiteral("Anna"), channel, SocialNetwork::None);
        QCOMPARE(m_composer->mode(), ReplyComposer::Mode::Note);
        QVERIFY(!button("composerReplyTab")->isEnabled());
        m_composer->setMode(ReplyComposer::Mode::Reply);
        QCOMPARE(m_composer->mode(), ReplyComposer::Mode::Note);
    }
    m_composer->setConversation(QStringLiteral("c-mail"), QStringLiteral("Anna"), Channel::Email,
                                SocialNetwork::None);
    QCOMPARE(m_composer->mode(), ReplyComposer::Mode::Reply);
    QVERIFY(button("composerReplyTab")->isEnabled());
}

void TstReplyComposer::draftFollowsItsConversation()
{
    m_composer->setConversation(QStringLiteral("c1"), QStringLiteral("Anna"), Channel::Email,
                                SocialNetwork::None);
    m_composer->setMode(ReplyComposer::Mode::Note);
    type(QStringLiteral("half a note"));
    m_composer->setConversation(QStringLiteral("c2"), QStringLiteral("Piotr"), Channel::Chat,
                                SocialNetwork::None);
    QVERIFY(editor()->toPlainText().isEmpty());
    QCOMPARE(m_composer->mode(), ReplyComposer::Mode::Reply);
    m_composer->setConversation(QStringLiteral("c1"), QStringLiteral("Anna"), Channel::Email,
                                SocialNetwork::None);
    QCOMPARE(editor()->toPlainText(), QStringLiteral("half a note"));
    QCOMPARE(m_composer->mode(), ReplyComposer::Mode::Note);
}

QTEST_MAIN(TstReplyComposer)
#include "tst_replycomposer.moc"
