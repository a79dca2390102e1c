#include "ui/counter/receipt.h"

#include "core/chain/chainsettings.h"
#include "ui/shell/chainformat.h"

#include <QFileInfo>
#include <QPrintDialog>
#include <QPrinter>
#include <QTextDocument>

namespace ui::counter {

using core::counter::Tender;

Receipt::Receipt(const core::counter::Sale &s, const core::chain::ChainSettings &settings,
    const QString &branchLabel)
{
    const ChainFormat format(settings);
    const auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    m_html = QStringLiteral("<h2>%1</h2><p>%2<br>%3</p><table width=\"100%\">")
                 .arg(settings.name.toHtmlEscaped(), branchLabel.toHtmlEscaped(),
                     tr("Receipt %1, %2")
                         .arg(s.visit.receiptNo, format.dateTime(s.visit.occurredAt))
                         .toHtmlEscaped());
    m_html += row(tr("Bill"), format.money(s.quote.gross));
    if (s.quote.tierDiscount > 0)
        m_html
            += row(tr("Member discount"), QStringLiteral("-") + format.money(s.quote.tierDiscount));
    if (s.quote.couponDiscount > 0)
        m_html += row(tr("Coupon"), QStringLiteral("-") + format.money(s.quote.couponDiscount));
    m_html += row(tr("Paid"), format.money(s.visit.amount));
    m_html += row(tr("Paid with"),
        s.tender == Tender::Wallet     ? tr("stored value")
            : s.tender == Tender::Cash ? tr("cash")
                                       : tr("card"));
    if (s.visit.personId != 0)
        m_html += row(tr("Balance after"), format.money(s.balance.total()));
    m_html += QStringLiteral("</table>");
}

bool Receipt::savePdf(const QString &path) const
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    QTextDocument doc;
    doc.setHtml(m_html);
    doc.print(&printer);
    return QFileInfo(path).size() > 0;
}

bool Receipt::print(QWidget *parent) const
{
    QPrinter printer;
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    QTextDocument doc;
    doc.setHtml(m_html);
    doc.print(&printer);
    return true;
}

} // namespace ui::counter
