#include "CustomerProfileView.h"

#include "PaneLabels.h"
#include "common/ChannelIcons.h"
#include "common/DomainText.h"
#include "common/ElidedLabel.h"
#include "common/Formatting.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QStringList>
#include <QVBoxLayout>

namespace concord::ui {
namespace {

constexpr int kIconSize = 16;

QString honorificText(domain::Honorific honorific)
{
    switch (honorific) {
    case domain::Honorific::Ms: return CustomerProfileView::tr("Ms");
    case domain::Honorific::Mr: return CustomerProfileView::tr("Mr");
    case domain::Honorific::Unknown: break;
    }
    return {};
}

QString languageText(const std::string& tag)
{
    if (tag.empty())
        return {};
    return CustomerProfileView::tr("prefers %1").arg(DomainText::language(tag));
}

QIcon identityIcon(const domain::Identity& identity)
{
    switch (identity.kind) {
    case domain::IdentityKind::Email: return channelIcon(domain::Channel::Email);
    case domain::IdentityKind::Phone: return channelIcon(domain::Channel::Voice);
    case domain::IdentityKind::Social: return socialNetworkIcon(identity.network);
    }
    return {};
}

QString identityKindText(const domain::Identity& identity)
{
    if (identity.kind == domain::IdentityKind::Social
        && identity.network != domain::SocialNetwork::None)
        return DomainText::network(identity.network);
    return DomainText::identityKind(identity.kind);
}

} // namespace

CustomerProfileView::CustomerProfileView(QWidget* parent)
    : QWidget(parent)
    , m_name(new QLabel)
    , m_facts(customer::makeMuted())
    , m_notes(new QLabel)
    , m_identitiesTitle(customer::makeSectionTitle(tr("Identities")))
    , m_identities(new QGridLayout)
{
    m_name->setObjectName(QStringLiteral("customerName"));
    m_name->setWordWrap(true);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont nameFont = m_name->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.25);
    m_name->setFont(nameFont);
    m_facts->setObjectName(QStringLiteral("customerFacts"));
    m_notes->setObjectName(QStringLiteral("customerNotes"));
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_identities->setHorizontalSpacing(8);
    m_identities->setVerticalSpacing(4);
    m_identities->setColumnStretch(2, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_name);
    layout->addWidget(m_facts);
    layout->addSpacing(4);
    layout->addWidget(m_notes);
    layout->addSpacing(8);
    layout->addWidget(m_identitiesTitle);
    layout->addLayout(m_identities);
}

void CustomerProfileView::setCustomer(const domain::Customer& customer)
{
    m_name->setText(QString::fromStdString(customer.displayName));
    QStringList facts;
    if (const QString honorific = honorificText(customer.honorific); !honorific.isEmpty())
        facts << honorific;
    if (const QString language = languageText(customer.preferredLanguage); !language.isEmpty())
        facts << language;
    facts << tr("customer since %1")
                 .arg(QLocale().toString(Formatting::toDateTime(customer.created).date(),
                                         QLocale::ShortFormat));
    m_facts->setText(facts.join(QStringLiteral(" · ")));
    m_notes->setText(QString::fromStdString(customer.notes));
    m_notes->setVisible(!customer.notes.empty());

    clearIdentities();
    int row = 0;
    for (const domain::Identity& identity : customer.identities)
        addIdentity(row++, identity);
    if (customer.identities.empty())
        m_identities->addWidget(customer::makeMuted(tr("No known identities")), 0, 0, 1, 4);
}

void CustomerProfileView::clearIdentities()
{
    while (QLayoutItem* item = m_identities->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void CustomerProfileView::addIdentity(int row, const domain::Identity& identity)
{
    auto* icon = new QLabel;
    icon->setPixmap(identityIcon(identity).pixmap(kIconSize, kIconSize));
    auto* kind = customer::makeCaption(identityKindText(identity));
    // Elided when the pane is narrow, so a long address never pushes "Primary" out of sight.
    auto* value = new ElidedLabel(QString::fromStdString(identity.value));
    value->setObjectName(QStringLiteral("identityValue"));
    m_identities->addWidget(icon, row, 0);
    m_identities->addWidget(kind, row, 1);
    m_identities->addWidget(value, row, 2);
    if (identity.primary) {
        auto* primary = customer::makeCaption(tr("Primary"));
        primary->setObjectName(QStringLiteral("identityPrimary"));
        QFont strong = primary->font();
        strong.setBold(true);
        primary->setFont(strong);
        primary->setForegroundRole(QPalette::WindowText);
        m_identities->addWidget(primary, row, 3);
    }
}

} // namespace concord::ui
