// What ui/common promises the panes: readable colours on light and dark palettes, tinted
// channel icons for every channel and network, and a word for every enum value.

#include "common/ChannelIcons.h"
#include "common/Colors.h"
#include "common/DomainText.h"

#include <QApplication>
#include <QImage>
#include <QSet>
#include <QtTest>

using namespace concord;
using namespace concord::ui;

namespace {

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xf3f3f3));
    p.setColor(QPalette::WindowText, QColor(0x1a1a1a));
    p.setColor(QPalette::Base, QColor(0xffffff));
    p.setColor(QPalette::Text, QColor(0x1a1a1a));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x2a6fc9));
    return p;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b2b2b));
    p.setColor(QPalette::WindowText, QColor(0xe8e8e8));
    p.setColor(QPalette::Base, QColor(0x1e1e1e));
    p.setColor(QPalette::Text, QColor(0xe8e8e8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x2a6fc9));
    return p;
}

double luminance(const QColor& c)
{
    auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
           + 0.0722 * channel(c.blueF());
}

// WCAG contrast ratio, 1 to 21.
double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The colour of the most opaque pixel: what the eye sees as the icon's ink.
QColor inkOf(const QIcon& icon)
{
    const QImage image = icon.pixmap(24, 24).toImage().convertToFormat(QImage::Format_ARGB32);
    QColor best(Qt::transparent);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() > best.alpha())
                best = c;
        }
    return best;
}

} // namespace

class TestUiCommon : public QObject {
    Q_OBJECT

private slots:
    void cleanup() { QApplication::setPalette(m_original); }
    void initTestCase() { m_original = QApplication::palette(); }
    void darknessIsDetected();
    void meaningColoursAreReadable_data();
    void meaningColoursAreReadable();
    void iconsExistForEveryChannelAndNetwork();
    void iconsFollowThePalette();
    void everyValueHasWords();

private:
    QPalette m_original;
};

void TestUiCommon::darknessIsDetected()
{
    QVERIFY(!isDark(lightPalette()));
    QVERIFY(isDark(darkPalette()));
}

void TestUiCommon::meaningColoursAreReadable_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light") << lightPalette();
    QTest::newRow("dark") << darkPalette();
}

// Chips draw their words in these colours over the list's base: they must stay legible as
// small text (WCAG AA asks 4.5:1) on both palettes.
void TestUiCommon::meaningColoursAreReadable()
{
    QFETCH(QPalette, palette);
    const QColor base = palette.color(QPalette::Base);
    QList<QPair<QString, QColor>> colours;
    for (domain::Status s : domain::kAllStatuses)
        colours.append({DomainText::status(s), statusColor(s, palette)});
    for (domain::Priority p : domain::kAllPriorities)
        colours.append({DomainText::priority(p), priorityColor(p, palette)});
    colours.append({"due soon", slaColor(SlaState::DueSoon, palette)});
    colours.append({"breached", slaColor(SlaState::Breached, palette)});
    colours.append({"ok", slaColor(SlaState::Ok, palette)});
    for (const auto& [name, colour] : colours) {
        const double ratio = contrast(colour, base);
        QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1 %2 on %3: %4")
                                              .arg(name, colour.name(), base.name())
                                              .arg(ratio, 0, 'f', 2)));
    }
    // Breached and due soon must not look alike.
    QVERIFY(slaColor(SlaState::Breached, palette) != slaColor(SlaState::DueSoon, palette));
}

void TestUiCommon::iconsExistForEveryChannelAndNetwork()
{
    for (domain::Channel c : domain::kAllChannels) {
        const QIcon icon = channelIcon(c);
        QVERIFY2(!icon.isNull(), qPrintable(DomainText::channel(c)));
        QVERIFY(inkOf(icon).alpha() > 200);
    }
    for (domain::SocialNetwork n : domain::kAllSocialNetworks) {
        const QIcon icon = socialNetworkIcon(n);
        QVERIFY2(!icon.isNull(), qPrintable(DomainText::network(n)));
        QVERIFY(inkOf(icon).alpha() > 200);
    }
    QVERIFY(!socialNetworkIcon(domain::SocialNetwork::None).isNull());
    // Each channel has a drawing of its own.
    QSet<QByteArray> drawings;
    for (domain::Channel c : domain::kAllChannels) {
        const QImage image = channelIcon(c).pixmap(24, 24).toImage();
        drawings.insert(QByteArray(reinterpret_cast<const char*>(image.constBits()),
                                   image.sizeInBytes()));
    }
    QCOMPARE(drawings.size(), int(domain::kAllChannels.size()));
}

void TestUiCommon::iconsFollowThePalette()
{
    QApplication::setPalette(lightPalette());
    const QColor onLight = inkOf(channelIcon(domain::Channel::Email));
    QCOMPARE(onLight.rgb(), QColor(0x1a1a1a).rgb());
    QApplication::setPalette(darkPalette());
    const QColor onDark = inkOf(channelIcon(domain::Channel::Email));
    QCOMPARE(onDark.rgb(), QColor(0xe8e8e8).rgb());
    // Selected rows invert the ink.
    const QImage selected = channelIcon(domain::Channel::Email)
                                .pixmap(24, 24, QIcon::Selected)
                                .toImage();
    bool white = false;
    for (int y = 0; y < selected.height() && !white; ++y)
        for (int x = 0; x < selected.width() && !white; ++x)
            white = selected.pixelColor(x, y).alpha() > 200
                    && selected.pixelColor(x, y).rgb() == QColor(Qt::white).rgb();
    QVERIFY(white);
}

void TestUiCommon::everyValueHasWords()
{
    QSet<QString> statuses;
    for (domain::Status s : domain::kAllStatuses)
        statuses.insert(DomainText::status(s));
    QCOMPARE(statuses.size(), int(domain::kAllStatuses.size()));
    QVERIFY(!statuses.contains(QString()));
    QSet<QString> channels;
    for (domain::Channel c : domain::kAllChannels)
        channels.insert(DomainText::channel(c));
    QCOMPARE(channels.size(), int(domain::kAllChannels.size()));
    QCOMPARE(DomainText::channel(domain::Channel::Social, domain::SocialNetwork::WhatsApp),
             QStringLiteral("WhatsApp"));
    QCOMPARE(DomainText::channel(domain::Channel::Email, domain::SocialNetwork::None),
             QStringLiteral("E-mail"));
    for (domain::Priority p : domain::kAllPriorities)
        QVERIFY(!DomainText::priority(p).isEmpty());
    for (auto o : {domain::CallOutcome::Answered, domain::CallOutcome::Abandoned,
                   domain::CallOutcome::Missed, domain::CallOutcome::Callback})
        QVERIFY(!DomainText::callOutcome(o).isEmpty());
    for (auto d : {domain::Direction::Inbound, domain::Direction::Outbound,
                   domain::Direction::Note, domain::Direction::Event})
        QVERIFY(!DomainText::direction(d).isEmpty());
    QVERIFY(!DomainText::role(domain::Role::Supervisor).isEmpty());
    QVERIFY(!DomainText::identityKind(domain::IdentityKind::Phone).isEmpty());
}

QTEST_MAIN(TestUiCommon)
#include "tst_uicommon.moc"
