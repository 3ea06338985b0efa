#pragma once
// A flat tool button that opens its menu on click and shows a "▾" after its text instead of
// the style's corner arrow, which some styles draw over the text.

#include <QToolButton>

namespace concord::ui {

class MenuToolButton : public QToolButton {
    Q_OBJECT
public:
    explicit MenuToolButton(QWidget* parent = nullptr);

    void setLabel(const QString& label); // the text, without the arrow
    QString label() const { return m_label; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_label;
};

} // namespace concord::ui
