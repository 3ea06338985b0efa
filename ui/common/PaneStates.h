#pragma once
// The two pages every detail pane shows besides its content: an empty state that tells the
// agent what will appear there, and an error line that says what could not be read. Shared so
// the conversation and customer panes speak with one voice.

#include <QWidget>

class QLabel;

namespace concord::ui {

// A centred title with a muted hint below it; the title's objectName is "emptyState".
QWidget* makeEmptyStatePage(const QString& title, const QString& hint);

// A warning icon and a selectable, wrapped line ("errorLine") for what went wrong.
class ErrorStatePage : public QWidget
{
    Q_OBJECT
public:
    explicit ErrorStatePage(QWidget* parent = nullptr);
    void setMessage(const QString& text);

private:
    QLabel* m_line = nullptr;
};

} // namespace concord::ui
