#pragma once
// A single-colour SVG icon drawn in the palette's text colour at paint time, so the same
// resource reads well on light and dark palettes and inverts on selected rows. Rendered
// pixmaps are cached per file, size and colour.

#include <QIcon>
#include <QIconEngine>

#include <memory>

class QSvgRenderer;

namespace concord::ui {

class TintedSvgIcon : public QIconEngine {
public:
    // One shared QIcon per resource path (e.g. ":/icons/email.svg").
    static QIcon icon(const QString& resourcePath);

    explicit TintedSvgIcon(const QString& resourcePath);

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode,
               QIcon::State state) override;
    QSize actualSize(const QSize& size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine* clone() const override;
    QString key() const override;
    bool isNull() override;

private:
    QString m_path;
    std::shared_ptr<QSvgRenderer> m_renderer; // shared by clones; GUI thread only
};

} // namespace concord::ui
