#pragma once

#include "core/broadcasts/broadcastservice.h"
#include "core/common/result.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QToolButton;

namespace ui {
struct Session;
}

namespace ui::broadcasts {

// What a broadcast says and whom it reaches: title, message (with a menu of placeholders),
// channel, the audience filters of core::broadcasts::Draft, a coupon and a send time. The
// branches are the toolbar's scope, set by the page. A new audience filter is one row in the
// audience box (addAudienceRow()) and one line in draft().
class BroadcastForm final : public QWidget
{
    Q_OBJECT
public:
    explicit BroadcastForm(Session &session, QWidget *parent = nullptr);

    // The draft the fields say; an error naming the field when one cannot be read (the balance).
    core::Result<core::broadcasts::Draft> draft() const;
    void setBranches(const QVector<qint64> &branchIds);
    // Puts `placeholder` ("{name}") at the cursor of the message.
    void insertPlaceholder(const QString &placeholder);
    // Reads the tiers and coupons again (they may have changed on other pages).
    void reload();
    // Empties title and message after a broadcast went out.
    void clearMessage();
    void addAudienceRow(QWidget *label, QWidget *field);

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Session &m_session;
    QVector<qint64> m_branchIds;
    QLabel *m_titleLabel;
    QLineEdit *m_title;
    QLabel *m_bodyLabel;
    QPlainTextEdit *m_body;
    QToolButton *m_insert;
    QLabel *m_channelLabel;
    QComboBox *m_channel;
    QGroupBox *m_audience;
    QFormLayout *m_audienceForm;
    QLabel *m_segmentLabel;
    QComboBox *m_segment;
    QLabel *m_tierLabel;
    QComboBox *m_tier;
    QLabel *m_lapsedLabel;
    QSpinBox *m_lapsed;
    QLabel *m_recentLabel;
    QSpinBox *m_recent;
    QLabel *m_nearLabel;
    QComboBox *m_near;
    QSpinBox *m_radius;
    QCheckBox *m_birthday;
    QLabel *m_balanceLabel;
    QLineEdit *m_balance;
    QLabel *m_couponLabel;
    QComboBox *m_coupon;
    QCheckBox *m_later;
    QDateTimeEdit *m_at;
};

} // namespace ui::broadcasts
