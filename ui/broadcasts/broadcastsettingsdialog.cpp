#include "ui/broadcasts/broadcastsettingsdialog.h"

#include "core/broadcasts/broadcastservice.h"
#include "ui/shell/formhelpers.h"
#include "ui/shell/session.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimeEdit>
#include <QUrl>
#include <QVBoxLayout>

namespace ui::broadcasts {

namespace bc = core::broadcasts;

BroadcastSettingsDialog::BroadcastSettingsDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_quietStart(new QTimeEdit(this))
    , m_quietEnd(new QTimeEdit(this))
    , m_managers(new QCheckBox(tr("Branch managers may broadcast to their branch"), this))
    , m_webhook(lineEdit(this, "webhook"))
    , m_error(errorLabel(this))
{
    setWindowTitle(tr("Broadcast settings"));
    m_quietStart->setObjectName(QStringLiteral("quiet_hours"));
    m_quietEnd->setObjectName(QStringLiteral("quietEnd"));
    m_managers->setObjectName(QStringLiteral("managers"));
    for (QTimeEdit *edit : { m_quietStart, m_quietEnd })
        edit->setDisplayFormat(QStringLiteral("HH:mm"));
    m_webhook->setPlaceholderText(QStringLiteral("https://…"));
    m_webhook->setMinimumWidth(m_webhook->fontMetrics().averageCharWidth() * 48);

    auto settings = bc::BroadcastSettings::load(session.db);
    if (settings) {
        m_quietStart->setTime(settings->quiet.start);
        m_quietEnd->setTime(settings->quiet.end);
        m_managers->setChecked(settings->managersMayBroadcast);
        m_webhook->setText(settings->webhookUrl);
    } else {
        showError(m_error, settings.error().message());
    }

    auto *quiet = new QHBoxLayout;
    quiet->addWidget(m_quietStart);
    quiet->addWidget(new QLabel(tr("to"), this));
    quiet->addWidget(m_quietEnd);
    quiet->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(tr("Quiet hours"), quiet);
    auto *hint = new QLabel(tr("Messages due in quiet hours wait until they end, in the time of "
                               "each person's home branch. The same start and end: none."),
        this);
    hint->setWordWrap(true);
    form->addRow(QString(), hint);
    form->addRow(QString(), m_managers);
    form->addRow(tr("Webhook address"), m_webhook);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void BroadcastSettingsDialog::accept()
{
    bc::BroadcastSettings s;
    s.quiet.start = m_quietStart->time();
    s.quiet.end = m_quietEnd->time();
    s.managersMayBroadcast = m_managers->isChecked();
    s.webhookUrl = m_webhook->text().trimmed();
    const QUrl url(s.webhookUrl, QUrl::StrictMode);
    if (!s.webhookUrl.isEmpty()
        && (!url.isValid()
            || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))) {
        showError(m_error, tr("The webhook address must start with http:// or https://."), this,
            QStringLiteral("webhook"));
        return;
    }
    if (auto saved = bc::BroadcastSettings::save(m_session.db, m_session.actor, s); !saved) {
        showError(m_error, saved.error().message(), this, saved.error().field());
        return;
    }
    QDialog::accept();
}

} // namespace ui::broadcasts
