#include "ui/broadcasts/broadcastspage.h"

#include "core/branches/branchservice.h"
#include "core/common/clock.h"
#include "core/storage/database.h"
#include "ui/broadcasts/broadcastform.h"
#include "ui/broadcasts/broadcasthistory.h"
#include "ui/broadcasts/broadcastrunner.h"
#include "ui/broadcasts/broadcastsettingsdialog.h"
#include "ui/shell/chainformat.h"
#include "ui/shell/formhelpers.h"
#include "ui/shell/session.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace ui::broadcasts {

namespace bc = core::broadcasts;

namespace {

// The webhook address of the broadcast settings, when it is an http or https one.
std::optional<QUrl> webhookAddress(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (text.trimmed().isEmpty() || !url.isValid()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return std::nullopt;
    return url;
}

QLabel *countLabel(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

BroadcastsPage::BroadcastsPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_runner(new BroadcastRunner(session.db.path(), session.actor, this))
    , m_debounce(new QTimer(this))
    , m_dueCheck(new QTimer(this))
    , m_tabs(new QTabWidget(this))
    , m_form(new BroadcastForm(session, this))
    , m_scope(new QLabel(this))
    , m_previewLabel(new QLabel(this))
    , m_preview(new QTextBrowser(this))
    , m_countsTitle(new QLabel(this))
    , m_recipientsLabel(new QLabel(this))
    , m_recipients(countLabel(this, "recipients"))
    , m_duplicatesLabel(new QLabel(this))
    , m_duplicates(countLabel(this, "duplicatesFolded"))
    , m_noConsentLabel(new QLabel(this))
    , m_noConsent(countLabel(this, "noConsent"))
    , m_deferredLabel(new QLabel(this))
    , m_deferred(countLabel(this, "deferred"))
    , m_busy(new QProgressBar(this))
    , m_message(new QLabel(this))
    , m_error(errorLabel(this))
    , m_send(new QPushButton(this))
    , m_settings(new QPushButton(this))
    , m_history(new BroadcastHistory(session, this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(400);
    m_preview->setObjectName(QStringLiteral("broadcastPreview"));
    m_preview->setOpenLinks(false);
    m_scope->setObjectName(QStringLiteral("broadcastScope"));
    m_scope->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("broadcastMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_send->setObjectName(QStringLiteral("sendBroadcast"));
    m_send->setDefault(true);
    m_settings->setObjectName(QStringLiteral("broadcastSettings"));
    m_settings->setVisible(session.actor.isOwner()); // the core refuses anyone else
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->hide();
    QFont bold = m_countsTitle->font();
    bold.setBold(true);
    m_countsTitle->setFont(bold);
    m_previewLabel->setFont(bold);

    auto *formScroll = new QScrollArea(this);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    formScroll->setWidget(m_form);

    auto *counts = new QFormLayout;
    counts->addRow(m_recipientsLabel, m_recipients);
    counts->addRow(m_duplicatesLabel, m_duplicates);
    counts->addRow(m_noConsentLabel, m_noConsent);
    counts->addRow(m_deferredLabel, m_deferred);
    auto *countsTitle = new QHBoxLayout;
    countsTitle->addWidget(m_countsTitle);
    countsTitle->addStretch(1);
    countsTitle->addWidget(m_busy);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_settings);
    buttons->addStretch(1);
    buttons->addWidget(m_send);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_scope);
    sideLayout->addWidget(m_previewLabel);
    sideLayout->addWidget(m_preview, 1);
    sideLayout->addLayout(countsTitle);
    sideLayout->addLayout(counts);
    sideLayout->addWidget(m_error);
    sideLayout->addWidget(m_message);
    sideLayout->addLayout(buttons);

    auto *compose = new QSplitter(Qt::Horizontal, this);
    compose->addWidget(formScroll);
    compose->addWidget(side);
    compose->setStretchFactor(0, 3);
    compose->setStretchFactor(1, 2);
    compose->setChildrenCollapsible(false);

    m_tabs->addTab(compose, QString());
    m_tabs->addTab(m_history, QString());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);

    connect(m_form, &BroadcastForm::changed, this, &BroadcastsPage::formChanged);
    connect(m_debounce, &QTimer::timeout, this, &BroadcastsPage::updatePreview);
    connect(m_send, &QPushButton::clicked, this, [this] {
        if (isSending())
            m_runner->stopDelivery();
        else
            send();
    });
    connect(m_settings, &QPushButton::clicked, this, &BroadcastsPage::editSettings);
    connect(m_runner, &BroadcastRunner::estimated, this, &BroadcastsPage::showCounts);
    connect(m_runner, &BroadcastRunner::estimateFailed, this, [this](const QString &message) {
        m_busy->hide();
        showError(m_error, message);
    });
    connect(m_runner, &BroadcastRunner::created, this, [this](const bc::CreateResult &result) {
        m_form->clearMessage();
        m_history->reload();
        m_history->select(result.id);
    });
    connect(m_runner, &BroadcastRunner::delivered, this, &BroadcastsPage::showDelivered);
    connect(m_runner, &BroadcastRunner::sendFailed, this, &BroadcastsPage::showFailure);
    connect(m_history, &BroadcastHistory::deliverRequested, this, &BroadcastsPage::deliver);
    connect(m_history, &BroadcastHistory::stopRequested, m_runner, &BroadcastRunner::stopDelivery);
    connect(m_runner, &BroadcastRunner::dueDelivered, this,
        &BroadcastsPage::showDeliveredInBackground);
    connect(m_dueCheck, &QTimer::timeout, this, &BroadcastsPage::deliverDue);
    setDueCheckInterval(60 * 1000);

    retranslate();
    setScope({});
}

bool BroadcastsPage::isSending() const
{
    return m_runner->isSending();
}

void BroadcastsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Tiers and coupons may have changed on other pages, and broadcasts been sent by the CLI.
    m_form->reload();
    m_history->reload();
    if (m_stale)
        updatePreview();
}

void BroadcastsPage::setScope(const QVector<qint64> &branchIds)
{
    m_branchIds = branchIds;
    QStringList codes;
    // A manager's broadcast goes to their branch: the one branch they are listed.
    const bool all = branchIds.isEmpty() && m_session.actor.isOwner();
    if (auto branches = core::branches::BranchService(m_session.db).list(m_session.actor)) {
        for (const auto &b : *branches)
            if (!all && (branchIds.isEmpty() || branchIds.contains(b.id)))
                codes << b.code;
    }
    m_scopeText = codes.join(QStringLiteral(", "));
    m_form->setBranches(branchIds);
    retranslate();
}

void BroadcastsPage::formChanged()
{
    // The counts under way are of the draft before: they would pass for this one's.
    m_runner->cancelEstimate();
    m_counts.reset();
    m_send->setEnabled(isSending());
    m_debounce->start();
}

// The form's draft for preview and counting: a title and message are not needed to see whom a
// broadcast reaches, so stand-ins take their place while they are empty.
core::Result<bc::Draft> BroadcastsPage::previewDraft() const
{
    auto d = m_form->draft();
    if (!d)
        return d;
    if (d->title.trimmed().isEmpty())
        d->title = QStringLiteral("-");
    if (d->body.trimmed().isEmpty())
        d->body = QStringLiteral("-");
    return d;
}

void BroadcastsPage::updatePreview()
{
    m_debounce->stop();
    // A hidden page counts when next shown: on a big chain that is work nobody waits for.
    m_stale = !isVisible();
    if (m_stale)
        return;
    m_error->hide();
    m_message->clear();
    const auto d = previewDraft();
    if (!d) {
        showError(m_error, d.error().message(), m_form, d.error().field());
        m_preview->clear();
        return;
    }
    showPreview(*d);
    m_busy->show();
    m_send->setEnabled(false);
    m_estimating = *d;
    m_runner->estimate(*d);
}

void BroadcastsPage::showPreview(const bc::Draft &draft)
{
    const bool empty = m_form->draft() && m_form->draft()->body.trimmed().isEmpty();
    const bool sampled = m_sampled && bc::sameAudience(*m_sampled, draft);
    if (sampled && m_counts && m_counts->recipients == 0 && !empty) {
        m_preview->setHtml(QStringLiteral("<p><i>%1</i></p>")
                               .arg(tr("This broadcast reaches nobody, so there is nobody to "
                                       "show the message with.")
                                        .toHtmlEscaped()));
        return;
    }
    auto samples = bc::BroadcastService(m_session.db)
                       .preview(m_session.actor, draft, sampled ? m_samples : QMap<qint64, qint64>());
    if (!samples) {
        showError(m_error, samples.error().message());
        m_preview->clear();
        return;
    }
    QString html;
    if (empty)
        html = QStringLiteral("<p><i>%1</i></p>")
                   .arg(tr("Write a message to see it as each branch's people will get it.")
                            .toHtmlEscaped());
    else if (samples->isEmpty())
        html = QStringLiteral("<p><i>%1</i></p>")
                   .arg(tr("Nobody is at home in these branches to show the message with.")
                            .toHtmlEscaped());
    for (const bc::PreviewSample &s : std::as_const(*samples)) {
        if (empty)
            break;
        html += QStringLiteral("<p><b>%1</b> <span style=\"color:gray\">%2</span><br>%3</p>")
                    .arg(s.branchCode.toHtmlEscaped(),
                        tr("Characters: %1 · SMS parts: %2")
                            .arg(QLocale().toString(s.characters), QLocale().toString(s.segments))
                            .toHtmlEscaped(),
                        s.text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
    m_preview->setHtml(html);
}

void BroadcastsPage::showCounts(const bc::CreateResult &counts)
{
    m_busy->hide();
    m_counts = counts;
    // The preview again, with people this audience reaches.
    m_sampled = m_estimating;
    m_samples = counts.samples;
    if (const auto d = previewDraft())
        showPreview(*d);
    const QLocale locale;
    m_recipients->setText(locale.toString(counts.recipients));
    m_duplicates->setText(locale.toString(counts.duplicatesFolded));
    m_noConsent->setText(locale.toString(counts.noConsent));
    m_deferred->setText(locale.toString(counts.deferred));
    setSending(isSending());
    emit estimated();
}

std::optional<DeliveryTarget> BroadcastsPage::askTarget(bc::ChannelKind kind, const QString &title)
{
    DeliveryTarget target;
    target.kind = kind;
    if (kind == bc::ChannelKind::SmsFile) {
        QString name = title;
        for (const QChar c : { QLatin1Char('/'), QLatin1Char('\\'), QLatin1Char(':') })
            name.replace(c, QLatin1Char('-'));
        target.filePath = QFileDialog::getSaveFileName(this, tr("Save the SMS upload file"),
            QDir::home().filePath(tr("%1 SMS.csv").arg(name)), tr("CSV files (*.csv)"));
        if (target.filePath.isEmpty())
            return std::nullopt;
        return target;
    }
    auto settings = bc::BroadcastSettings::load(m_session.db);
    if (!settings) {
        showError(m_error, settings.error().message());
        return std::nullopt;
    }
    const auto url = webhookAddress(settings->webhookUrl);
    if (settings->webhookUrl.trimmed().isEmpty()) {
        showError(m_error,
            m_session.actor.isOwner()
                ? tr("No webhook address is set. Enter it under Broadcast settings, or send by "
                     "SMS file.")
                : tr("No webhook address is set. Ask the owner to enter one, or send by SMS "
                     "file."));
        return std::nullopt;
    }
    if (!url) {
        showError(m_error,
            tr("The webhook address “%1” is not an http or https address.")
                .arg(settings->webhookUrl));
        return std::nullopt;
    }
    target.url = *url;
    return target;
}

void BroadcastsPage::setDueCheckInterval(int milliseconds)
{
    m_dueCheck->stop();
    if (milliseconds > 0)
        m_dueCheck->start(milliseconds);
}

void BroadcastsPage::deliverDue()
{
    if (isSending())
        return;
    auto settings = bc::BroadcastSettings::load(m_session.db);
    if (!settings)
        return;
    const auto url = webhookAddress(settings->webhookUrl);
    if (!url)
        return; // no address: webhook broadcasts wait for one (the Send and Deliver buttons say so)
    bc::DelivererOptions options;
    options.channel = bc::channelName(bc::ChannelKind::Webhook);
    auto due = bc::Deliverer::hasDue(m_session.db, options);
    if (!due || !*due)
        return;
    setSending(true);
    m_runner->deliverDue(*url);
}

void BroadcastsPage::showDeliveredInBackground(const bc::DeliveryReport &report)
{
    setSending(false);
    QString text = tr("Delivered by webhook in the background, as their time came: %1 sent.")
                       .arg(QLocale().toString(report.sent));
    if (report.waiting > 0)
        text += QLatin1Char(' ')
            + tr("%1 wait for quiet hours or a retry, and go out when their time comes.")
                  .arg(QLocale().toString(report.waiting));
    showReport(text, report);
    emit deliveredInBackground(report);
}

void BroadcastsPage::send()
{
    m_error->hide();
    auto d = m_form->draft();
    if (!d) {
        showError(m_error, d.error().message(), m_form, d.error().field());
        return;
    }
    // The core's checks (title, message, branches, permission) before anything is asked.
    if (auto checked = bc::BroadcastService(m_session.db).preview(m_session.actor, *d); !checked) {
        showError(m_error, checked.error().message(), m_form, checked.error().field());
        return;
    }
    if (!m_counts) {
        updatePreview();
        showError(m_error, tr("Counting the recipients; send again when the counts are shown."));
        return;
    }
    const QLocale locale;
    const bool later = d->scheduledAt > 0;
    const QString when
        = later ? ChainFormat(m_session.settings).dateTime(d->scheduledAt) : tr("now");
    const QString question = tr("Send “%1” %2 to %3 people?")
                                 .arg(d->title, when, locale.toString(m_counts->recipients))
        + QStringLiteral("\n\n")
        + tr("%1 reached through more than one branch get it once; %2 without consent are left "
             "out; %3 get it when quiet hours end.")
              .arg(locale.toString(m_counts->duplicatesFolded),
                  locale.toString(m_counts->noConsent), locale.toString(m_counts->deferred));
    if (QMessageBox::question(this, tr("Send broadcast"), question) != QMessageBox::Yes)
        return;
    DeliveryTarget target;
    target.kind = d->channel;
    if (!later) { // a scheduled broadcast is delivered from the history when its time comes
        auto asked = askTarget(d->channel, d->title);
        if (!asked)
            return;
        target = *asked;
    }
    sendTo(target);
}

void BroadcastsPage::sendTo(const DeliveryTarget &target)
{
    m_error->hide();
    auto d = m_form->draft();
    if (!d) {
        showError(m_error, d.error().message(), m_form, d.error().field());
        return;
    }
    m_message->setText(tr("Sending…"));
    setSending(true);
    m_runner->send(*d, target);
}

void BroadcastsPage::deliver(const bc::BroadcastSummary &broadcast)
{
    m_error->hide();
    auto target = askTarget(broadcast.channel, broadcast.title);
    if (!target)
        return;
    m_message->setText(tr("Sending…"));
    setSending(true);
    m_runner->deliver(broadcast.id, *target);
}

void BroadcastsPage::showDelivered(qint64 broadcastId, const bc::DeliveryReport &report)
{
    setSending(false);
    const QLocale locale;
    QString text = report.cancelled ? tr("Stopped: %1 sent.").arg(locale.toString(report.sent))
                                    : tr("%1 sent.").arg(locale.toString(report.sent));
    if (report.waiting > 0)
        text += QLatin1Char(' ')
            + tr("%1 wait for quiet hours, the send time or a retry: deliver them from History "
                 "when their time comes.")
                  .arg(locale.toString(report.waiting));
    showReport(text, report);
    m_history->select(broadcastId);
    emit sent(broadcastId);
}

void BroadcastsPage::showReport(QString text, const bc::DeliveryReport &report)
{
    if (report.gaveUp > 0)
        text += QLatin1Char(' ')
            + tr("%1 could not be delivered and were given up.")
                  .arg(QLocale().toString(report.gaveUp));
    m_message->setText(text);
    m_history->reload();
}

void BroadcastsPage::showFailure(const QString &message)
{
    setSending(false);
    m_message->clear();
    showError(m_error, message);
    m_history->reload();
    emit failed(message);
}

void BroadcastsPage::setSending(bool sending)
{
    m_history->setSending(sending);
    m_send->setEnabled(sending || m_counts.has_value());
    retranslate();
}

void BroadcastsPage::showHistory()
{
    m_tabs->setCurrentWidget(m_history);
}

void BroadcastsPage::editSettings()
{
    BroadcastSettingsDialog dialog(m_session, this);
    if (dialog.exec() == QDialog::Accepted)
        updatePreview(); // quiet hours change what is deferred
}

void BroadcastsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BroadcastsPage::retranslate()
{
    m_tabs->setTabText(0, tr("Compose"));
    m_tabs->setTabText(1, tr("History"));
    m_scope->setText(m_scopeText.isEmpty() ? tr("To: every branch (choose branches in the toolbar)")
                                           : tr("To: %1").arg(m_scopeText));
    m_previewLabel->setText(tr("Preview"));
    m_countsTitle->setText(tr("Before sending"));
    m_recipientsLabel->setText(tr("Recipients (one message each)"));
    m_duplicatesLabel->setText(tr("Duplicates folded across branches"));
    m_noConsentLabel->setText(tr("Left out for lack of consent"));
    m_deferredLabel->setText(tr("Deferred by quiet hours"));
    m_send->setText(isSending() ? tr("Stop sending") : tr("Send…"));
    m_settings->setText(tr("Broadcast settings…"));
}

} // namespace ui::broadcasts
