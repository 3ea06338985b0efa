#pragma once
// The customer pane's type hierarchy in one place: section titles, captions, muted lines and
// figures, all coloured through palette roles so light and dark palettes both work.

#include <QString>

class QLabel;

namespace concord::ui::customer {

QLabel* makeSectionTitle(const QString& text);
QLabel* makeCaption(const QString& text);          // small, muted: above a figure
QLabel* makeMuted(const QString& text = {});       // secondary text
QLabel* makeFigure(const QString& objectName);     // a bold value the agent scans for

} // namespace concord::ui::customer
