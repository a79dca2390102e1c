#pragma once

#include "core/broadcasts/broadcastservice.h"
#include "core/broadcasts/deliverer.h"

#include <QWidget>

#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QTimer;

namespace ui {
struct Session;
}

namespace ui::broadcasts {

class BroadcastForm;
class BroadcastHistory;
class BroadcastRunner;
struct DeliveryTarget;

// Compose once, reach each person once (issue 5): the message and its audience, a live preview
// of the message as one person of each chosen branch would get it (characters and SMS parts),
// the counts before sending (recipients, duplicates folded across branches, left out without
// consent, deferred by quiet hours), sending on a worker thread, and the history. The branches
// are the toolbar's scope.
class BroadcastsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit BroadcastsPage(Session &session, QWidget *parent = nullptr);

    // The toolbar's branch scope: these branches (empty: all the actor may reach).
    void setScope(const QVector<qint64> &branchIds);
    // Asks what to send and where, confirms with the counts, and sends.
    void send();
    // Sends the form's broadcast to `target` without asking (send() after its questions).
    void sendTo(const DeliveryTarget &target);
    // Previews and counts the form now instead of after the typing pause (when shown).
    void updatePreview();
    void showHistory();
    // How often the page looks for webhook broadcasts whose time has come (scheduled, or
    // deferred by quiet hours) and delivers them in the background while the window is open;
    // 0 stops looking. One minute unless set.
    void setDueCheckInterval(int milliseconds);
    // Looks now: delivers what is due of webhook broadcasts, unless a send is under way or no
    // webhook address is set.
    void deliverDue();

    BroadcastForm *form() const { return m_form; }
    BroadcastHistory *history() const { return m_history; }
    QTextBrowser *preview() const { return m_preview; }
    // The counts of the last estimate, if it is of the form as it is.
    std::optional<core::broadcasts::CreateResult> counts() const { return m_counts; }
    bool isSending() const;

signals:
    void estimated();
    void sent(qint64 broadcastId);
    void deliveredInBackground(const core::broadcasts::DeliveryReport &report);
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    core::Result<core::broadcasts::Draft> previewDraft() const;
    std::optional<DeliveryTarget> askTarget(
        core::broadcasts::ChannelKind kind, const QString &title);
    void deliver(const core::broadcasts::BroadcastSummary &broadcast);
    void showCounts(const core::broadcasts::CreateResult &counts);
    // The preview of `draft`, with the people the last estimate of the same audience found.
    void showPreview(const core::broadcasts::Draft &draft);
    void showDelivered(qint64 broadcastId, const core::broadcasts::DeliveryReport &report);
    void showDeliveredInBackground(const core::broadcasts::DeliveryReport &report);
    // `text`, with the deliveries given up, under the form; the history reloaded.
    void showReport(QString text, const core::broadcasts::DeliveryReport &report);
    void showFailure(const QString &message);
    void setSending(bool sending);
    void editSettings();
    void formChanged();
    void retranslate();

    Session &m_session;
    BroadcastRunner *m_runner;
    QTimer *m_debounce;
    QTimer *m_dueCheck;
    QTabWidget *m_tabs;
    BroadcastForm *m_form;
    QLabel *m_scope;
    QLabel *m_previewLabel;
    QTextBrowser *m_preview;
    QLabel *m_countsTitle;
    QLabel *m_recipientsLabel;
    QLabel *m_recipients;
    QLabel *m_duplicatesLabel;
    QLabel *m_duplicates;
    QLabel *m_noConsentLabel;
    QLabel *m_noConsent;
    QLabel *m_deferredLabel;
    QLabel *m_deferred;
    QProgressBar *m_busy;
    QLabel *m_message;
    QLabel *m_error;
    QPushButton *m_send;
    QPushButton *m_settings;
    BroadcastHistory *m_history;
    QVector<qint64> m_branchIds;
    std::optional<core::broadcasts::CreateResult> m_counts;
    // The draft being estimated, then the one the samples were found for and the samples.
    std::optional<core::broadcasts::Draft> m_estimating;
    std::optional<core::broadcasts::Draft> m_sampled;
    QMap<qint64, qint64> m_samples;
    QString m_scopeText;
    bool m_stale = true; // the preview and counts are due when the page is next shown
};

} // namespace ui::broadcasts
