#pragma once
// Tints derived from the palette in use, so bubbles and chips follow light and dark themes.

#include <QColor>

namespace concord::ui {

// `a` moved towards `b` by `t` (0 = a, 1 = b), opaque.
inline QColor mixColors(const QColor& a, const QColor& b, qreal t)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * t,
                            a.greenF() + (b.greenF() - a.greenF()) * t,
                            a.blueF() + (b.blueF() - a.blueF()) * t);
}

} // namespace concord::ui
