#pragma once

#include "core/common/result.h"
#include "core/coupons/claimservice.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace ui {
struct Session;
}

namespace ui::coupons {

// Records one claim of a coupon: the person by phone (a phone the chain does not know becomes a
// guest), where it was claimed (a branch, or for the owner a channel alone) and the channel.
// OK claims through ClaimService; the new claim code is then in claim().
class ClaimDialog final : public QDialog
{
    Q_OBJECT
public:
    ClaimDialog(Session &session, const core::coupons::Coupon &coupon, QWidget *parent = nullptr);

    void accept() override;
    const core::coupons::Claim &claim() const { return m_claim; }

private:
    Session &m_session;
    core::coupons::Coupon m_coupon;
    core::coupons::Claim m_claim;
    QLineEdit *m_phone;
    QComboBox *m_branch;
    QLineEdit *m_channel;
    QLabel *m_error;
};

// Hands a coupon to a segment: the people at home in the toolbar's branches who match the
// standing, tier, last visit and balance chosen, as the member list filters them. The count
// follows the choices; Issue runs ClaimService::issue off the UI thread, with its own
// connection, behind a progress dialog whose Cancel writes nothing.
class IssueDialog final : public QDialog
{
    Q_OBJECT
public:
    IssueDialog(Session &session, const core::coupons::Coupon &coupon,
        const QVector<qint64> &branchIds, QWidget *parent = nullptr);

    void accept() override;
    // The filter the form describes (for a non-empty balance that does not parse: the error).
    core::Result<core::people::MemberFilter> filter() const;
    const core::coupons::IssueResult &result() const { return m_result; }

private:
    void recount();
    core::Status issue();

    Session &m_session;
    core::coupons::Coupon m_coupon;
    QVector<qint64> m_branchIds;
    core::coupons::IssueResult m_result;
    QComboBox *m_standing;
    QComboBox *m_tier;
    QSpinBox *m_seenWithin;
    QSpinBox *m_notSeenFor;
    QLineEdit *m_balanceAbove;
    QLineEdit *m_channel;
    QLabel *m_count;
    QLabel *m_error;
};

} // namespace ui::coupons
