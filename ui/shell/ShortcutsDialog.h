#pragma once
// Lists the desk's keyboard shortcuts, read from the actions themselves so it stays true.

#include <QDialog>
#include <QList>

class QAction;

namespace concord::ui {

class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    ShortcutsDialog(const QList<QAction*>& actions, QWidget* parent = nullptr);
};

} // namespace concord::ui
