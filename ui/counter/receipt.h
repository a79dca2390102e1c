#pragma once

#include "core/counter/countertypes.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace core::chain {
struct ChainSettings;
}

namespace ui::counter {

// A counter sale's receipt: the chain, the branch, the receipt number and time, the bill, the
// discounts, what was paid and how, and the balance after. Printed (QPrinter) or saved as PDF.
class Receipt
{
    Q_DECLARE_TR_FUNCTIONS(Receipt)
public:
    Receipt(const core::counter::Sale &sale, const core::chain::ChainSettings &settings,
        const QString &branchLabel);

    QString html() const { return m_html; }
    // False when nothing could be written at `path`.
    bool savePdf(const QString &path) const;
    // Asks for a printer first; false when the dialog is cancelled.
    bool print(QWidget *parent) const;

private:
    QString m_html;
};

} // namespace ui::counter
