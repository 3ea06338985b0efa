#include "MaskMenuButton.h"

#include <QEvent>
#include <QMenu>
#include <QMouseEvent>

namespace concord::ui {

MaskMenuButton::MaskMenuButton(const QString& title, const QString& anyText, QWidget* parent)
    : MenuToolButton(parent)
    , m_title(title)
    , m_menu(new QMenu(this))
{
    setMenu(m_menu);
    m_any = m_menu->addAction(anyText);
    m_any->setCheckable(true);
    m_any->setChecked(true);
    connect(m_any, &QAction::triggered, this, &MaskMenuButton::onAnyTriggered);
    m_menu->addSeparator();
    m_menu->installEventFilter(this);
    updateText();
}

void MaskMenuButton::addOption(const QString& text, unsigned bit, const QIcon& icon)
{
    QAction* option = m_menu->addAction(icon, text);
    option->setCheckable(true);
    option->setData(bit);
    connect(option, &QAction::toggled, this, &MaskMenuButton::onOptionToggled);
    m_options.append(option);
    updateText();
}

unsigned MaskMenuButton::allBits() const
{
    unsigned bits = 0;
    for (const QAction* option : m_options)
        bits |= option->data().toUInt();
    return bits;
}

unsigned MaskMenuButton::checkedBits() const
{
    unsigned bits = 0;
    for (const QAction* option : m_options)
        if (option->isChecked())
            bits |= option->data().toUInt();
    return bits;
}

unsigned MaskMenuButton::mask() const
{
    const unsigned bits = checkedBits();
    return bits ? bits : allBits();
}

bool MaskMenuButton::isFiltering() const
{
    const unsigned bits = checkedBits();
    return bits != 0 && bits != allBits();
}

void MaskMenuButton::setMask(unsigned mask)
{
    const unsigned before = this->mask();
    const bool any = (mask & allBits()) == allBits() || (mask & allBits()) == 0;
    m_updating = true;
    for (QAction* option : m_options)
        option->setChecked(!any && (mask & option->data().toUInt()));
    m_updating = false;
    updateText();
    if (this->mask() != before)
        emit maskChanged(this->mask());
}

void MaskMenuButton::onOptionToggled()
{
    if (m_updating)
        return;
    updateText();
    emit maskChanged(mask());
}

void MaskMenuButton::onAnyTriggered()
{
    setMask(allBits());
    m_any->setChecked(true); // "any" is a command here, not a switch to turn off
}

void MaskMenuButton::updateText()
{
    QStringList chosen;
    for (const QAction* option : m_options)
        if (option->isChecked())
            chosen << option->text();
    m_any->setChecked(chosen.isEmpty());
    QString value;
    if (chosen.isEmpty() || chosen.size() == m_options.size())
        value = tr("any");
    else if (chosen.size() <= 2)
        value = chosen.join(QStringLiteral(", "));
    else
        value = tr("%1 of %2").arg(chosen.size()).arg(m_options.size());
    setLabel(tr("%1: %2", "filter name: chosen values").arg(m_title, value));
    QFont emphasis = font();
    emphasis.setBold(isFiltering()); // an active filter should be seen at a glance
    setFont(emphasis);
    setToolTip(chosen.isEmpty() ? tr("%1: any").arg(m_title) : chosen.join(QStringLiteral(", ")));
}

// Toggling a choice closes a QMenu by default; picking several statuses then takes several
// trips. Trigger the action ourselves and swallow the release so the menu stays open.
bool MaskMenuButton::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_menu && event->type() == QEvent::MouseButtonRelease) {
        QAction* action = m_menu->activeAction();
        if (action && action != m_any && action->isCheckable() && action->isEnabled()) {
            action->trigger();
            return true;
        }
    }
    return MenuToolButton::eventFilter(watched, event);
}

} // namespace concord::ui
