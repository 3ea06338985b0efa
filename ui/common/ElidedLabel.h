#pragma once
// A one-line label that gives way when its pane is narrow: it shows as much of its text as
// fits, with an ellipsis in the middle (the start and the end of an e-mail address or a
// handle say the most), the whole text in its tooltip, and "Copy" copies the whole text.

#include <QLabel>

namespace concord::ui {

class ElidedLabel : public QLabel {
    Q_OBJECT
public:
    explicit ElidedLabel(const QString& text, QWidget* parent = nullptr);

    QString fullText() const { return m_full; }
    bool isElided() const { return text() != m_full; }

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void elide();

    QString m_full;
};

} // namespace concord::ui
