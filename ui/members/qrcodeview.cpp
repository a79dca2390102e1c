#include "ui/members/qrcodeview.h"

#include <QPainter>

namespace ui::members {

namespace {

int sideModules(const core::QrCode &code)
{
    return code.size() + 2 * core::QrCode::QuietZone;
}

// White `area`, and the code in the largest whole number of pixels per module that fits,
// centred. Whole pixels keep every module edge on the pixel grid: no blur at any size.
void paintCode(QPainter &painter, const core::QrCode &code, const QRect &area)
{
    painter.fillRect(area, Qt::white);
    const int modules = sideModules(code);
    const int pixels = qMax(1, qMin(area.width(), area.height()) / modules);
    const int origin = core::QrCode::QuietZone * pixels;
    const QPoint topLeft(area.x() + (area.width() - modules * pixels) / 2 + origin,
                         area.y() + (area.height() - modules * pixels) / 2 + origin);
    for (int y = 0; y < code.size(); ++y) {
        for (int x = 0; x < code.size(); ++x) {
            if (code.isDark(x, y))
                painter.fillRect(topLeft.x() + x * pixels, topLeft.y() + y * pixels, pixels,
                                 pixels, Qt::black);
        }
    }
}

} // namespace

QrCodeView::QrCodeView(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void QrCodeView::setCode(std::optional<core::QrCode> code)
{
    m_code = std::move(code);
    updateGeometry();
    update();
}

QImage QrCodeView::image(const core::QrCode &code, int modulePixels)
{
    const int side = sideModules(code) * qMax(1, modulePixels);
    QImage out(side, side, QImage::Format_RGB32);
    QPainter painter(&out);
    paintCode(painter, code, out.rect());
    return out;
}

QSize QrCodeView::sizeHint() const
{
    const int modules = m_code ? sideModules(*m_code) : 29;
    return { modules * 5, modules * 5 };
}

QSize QrCodeView::minimumSizeHint() const
{
    const int modules = m_code ? sideModules(*m_code) : 29;
    return { modules * 2, modules * 2 };
}

void QrCodeView::paintEvent(QPaintEvent *)
{
    if (!m_code)
        return;
    QPainter painter(this);
    // Device pixels, so that a 2x screen gets whole device pixels per module too.
    const qreal ratio = devicePixelRatioF();
    painter.scale(1 / ratio, 1 / ratio);
    paintCode(painter, *m_code,
              QRect(QPoint(0, 0), (QSizeF(size()) * ratio).toSize()));
}

} // namespace ui::members
