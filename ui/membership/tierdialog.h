#pragma once

#include "core/tiers/tierservice.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace ui {
struct Session;
}

namespace ui::membership {

// A membership tier's form: name, rank, how one qualifies (cumulative top-up, single top-up, or
// spending over a window of days), the threshold, and the discount. OK saves through
// TierService (create or update); a refusal is shown in the dialog, which stays open.
class TierDialog final : public QDialog
{
    Q_OBJECT
public:
    // `tier.id` 0: a new tier.
    TierDialog(Session &session, const core::tiers::Tier &tier, QWidget *parent = nullptr);

    void accept() override;
    const core::tiers::Tier &tier() const { return m_tier; }

private:
    core::Status save();

    Session &m_session;
    core::tiers::Tier m_tier;
    QLineEdit *m_name;
    QSpinBox *m_rank;
    QComboBox *m_rule;
    QLineEdit *m_threshold;
    QSpinBox *m_window;
    QLineEdit *m_discount;
    QLabel *m_error;
};

// "Cumulative top-up" and the like, translated.
QString ruleDisplayName(core::tiers::Rule rule);
// A discount in basis points as a percentage ("5", "12.5").
QString percentText(int basisPoints);

} // namespace ui::membership
