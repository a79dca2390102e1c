#pragma once

#include "core/auth/actor.h"
#include "core/csv/recordkind.h"

#include <QAction>
#include <QPointer>

namespace ui::importer {

class ImportWizard;

// File ▸ Import CSV… (Ctrl+I): opens the import wizard on the chain for the signed-in user,
// and says when an import wrote to the chain so that pages can reload.
class ImportAction final : public QAction
{
    Q_OBJECT
public:
    ImportAction(QString databasePath, core::auth::Actor actor, QWidget *window);

    // Opens a new wizard as a window-modal dialog (it deletes itself when closed).
    ImportWizard *openWizard();

signals:
    void imported(core::csv::Kind kind);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();

    QString m_databasePath;
    core::auth::Actor m_actor;
    QPointer<QWidget> m_window;
};

} // namespace ui::importer
