#include "ui/importer/importaction.h"

#include "ui/importer/importwizard.h"

#include <QEvent>
#include <QWidget>

namespace ui::importer {

ImportAction::ImportAction(QString databasePath, core::auth::Actor actor, QWidget *window)
    : QAction(window), m_databasePath(std::move(databasePath)), m_actor(std::move(actor)), m_window(window)
{
    setObjectName(QStringLiteral("importAction"));
    setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(this, &QAction::triggered, this, [this] { openWizard(); });
    if (window)
        window->installEventFilter(this); // a QAction hears of no language change by itself
    retranslate();
}

ImportWizard *ImportAction::openWizard()
{
    auto *wizard = new ImportWizard(m_databasePath, m_actor, m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::imported, this, &ImportAction::imported);
    wizard->open();
    return wizard;
}

bool ImportAction::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QAction::eventFilter(watched, event);
}

void ImportAction::retranslate()
{
    setText(tr("&Import CSV…"));
    setStatusTip(tr("Bring members, visits, stored value, coupons or reviews in from a CSV file"));
}

} // namespace ui::importer
