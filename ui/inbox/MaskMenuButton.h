#pragma once
// A filter button with a menu of checkable options ("Status: Open, Pending"), several at once.
// Nothing checked means "any". The menu stays open while options are toggled.

#include "MenuToolButton.h"

class QAction;
class QMenu;

namespace concord::ui {

class MaskMenuButton : public MenuToolButton {
    Q_OBJECT
public:
    // `title` names the filter ("Status"), `anyText` is the menu's catch-all ("Any status").
    MaskMenuButton(const QString& title, const QString& anyText, QWidget* parent = nullptr);

    void addOption(const QString& text, unsigned bit, const QIcon& icon = {});
    // The chosen bits; every option's bit when none is chosen.
    unsigned mask() const;
    void setMask(unsigned mask); // a mask with every option counts as "any"
    bool isFiltering() const;

signals:
    void maskChanged(unsigned mask);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onOptionToggled();
    void onAnyTriggered();
    void updateText();
    unsigned allBits() const;
    unsigned checkedBits() const;

    QString m_title;
    QMenu* m_menu = nullptr;
    QAction* m_any = nullptr;
    QList<QAction*> m_options;
    bool m_updating = false;
};

} // namespace concord::ui
