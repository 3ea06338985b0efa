#pragma once
// The list that shows a ThreadModel: smooth per-pixel scrolling, rows of varying height,
// no row highlight, and "Copy message" from the context menu or Ctrl+C.

#include <QListView>

namespace concord::ui {

class MessageDelegate;
class ThreadModel;

class ThreadView : public QListView {
    Q_OBJECT
public:
    explicit ThreadView(ThreadModel* model, QWidget* parent = nullptr);

    // Puts the message at `row` as plain text on the clipboard (author, time, e-mail lines,
    // event details and body).
    void copyMessage(int row) const;
    bool isAtBottom() const;
    // Shows the newest message and keeps it in view while the reader stays at the bottom
    // (rows appended, width changed); scrolling up releases it.
    void scrollToNewest();

protected:
    void updateGeometries() override;
    void resizeEvent(QResizeEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    int rowWidth() const;

    MessageDelegate* m_delegate = nullptr;
    bool m_pinnedToBottom = true;
};

} // namespace concord::ui
