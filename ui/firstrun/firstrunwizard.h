#pragma once

#include "core/auth/actor.h"
#include "core/chain/chainsettings.h"

#include <QWizard>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace ui::firstrun {

// Creates a new chain at a path with no database yet: the chain's settings, the owner's
// account, then how to start (empty, the demo chain, or the import wizard). The chain is
// created through core when Finish is pressed; the owner is then signed in.
class FirstRunWizard final : public QWizard
{
    Q_OBJECT
public:
    enum class Start { Empty, Demo, Import };

    explicit FirstRunWizard(QString path, QWidget *parent = nullptr);

    // Currency, phone region and time zone from the system's locale and zone, where valid.
    static core::chain::ChainSettings systemDefaults();

    const QString &path() const { return m_path; }
    core::chain::ChainSettings settings() const;
    Start start() const;
    // The signed-in owner (once accepted).
    const core::auth::Actor &owner() const { return m_owner; }

    bool validateCurrentPage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    enum PageId { ChainPage, OwnerPage, StartPage };
    QWizardPage *addChainPage();
    QWizardPage *addOwnerPage();
    QWizardPage *addStartPage();
    bool pathIsFree();
    bool createChain();
    bool fail(const QString &message);
    void retranslate();

    QString m_path;
    core::auth::Actor m_owner;
    QLineEdit *m_name;
    QLineEdit *m_currency;
    QLineEdit *m_region;
    QComboBox *m_timezone;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QRadioButton *m_empty;
    QRadioButton *m_demo;
    QRadioButton *m_import;
    QLabel *m_error[3];
    QList<QLabel *> m_labels; // form labels, retranslated by position
};

} // namespace ui::firstrun
