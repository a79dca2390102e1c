#include "tests/support/testchain.h"

#include "core/storage/sql.h"
#include "ui/importer/dryrunpage.h"
#include "ui/importer/importaction.h"
#include "ui/importer/importpage.h"
#include "ui/importer/importrunner.h"
#include "ui/importer/importwizard.h"
#include "ui/importer/kindfilepage.h"
#include "ui/importer/previewpage.h"
#include "ui/importer/rejectedrowsview.h"
#include "ui/importer/summarypage.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace testsupport;
using ui::importer::ImportWizard;

namespace {

qint64 count(core::storage::Database &db, const char *sql)
{
    auto value = core::storage::scalar(db, QString::fromLatin1(sql));
    return value ? value->toLongLong() : -1;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write the test file");
    return path;
}

void clickNext(ImportWizard &wizard)
{
    QAbstractButton *next = wizard.button(wizard.currentPage()->isCommitPage() ? QWizard::CommitButton
                                                                              : QWizard::NextButton);
    QVERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
}

// Chooses a file on the first page and moves to the preview.
void openFile(ImportWizard &wizard, const QString &path)
{
    auto *page = wizard.kindFilePage();
    QCOMPARE(page->kindChooser()->currentText(), QStringLiteral("Members"));
    QTest::keyClicks(page->fileEdit(), QDir::toNativeSeparators(path));
    clickNext(wizard);
    QVERIFY2(wizard.currentId() == ImportWizard::PreviewPageId, qPrintable(page->errorLabel()->text()));
}

// From the preview page through the dry run: true when it reported.
void runDryRun(ImportWizard &wizard)
{
    QSignalSpy done(wizard.dryRunPage(), &ui::importer::DryRunPage::done);
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), int(ImportWizard::DryRunPageId));
    QVERIFY(done.wait(60000));
}

const QByteArray membersFile = "phone,name,Level,notes\n"
                               "13800138000,Wang Li,gold,\n"
                               "12345,Too Short,silver,\n"
                               "13900139000,Li Lei,silver,\"hi, there\"\n";

} // namespace

// Stands in for the desktop: records the URLs it is asked to open.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl &url) { urls.append(url); }
};

class TestImportWizard : public QObject
{
    Q_OBJECT
private slots:
    void previewShowsRowsAndMapping();
    void mappingCanBeChanged();
    void foreignLayoutIsShownCombined();
    void firstPageRefusesUnreadableFiles();
    void dryRunThenImportSkippingBadRows();
    void allOrNothingWritesNothing();
    void cancelledImportWritesNothing();
    void cashierIsRefused();
    void fileMenuActionOpensTheWizard();
    void screenshots();
};

void TestImportWizard::previewShowsRowsAndMapping()
{
    TestChain chain;
    QTemporaryDir dir;
    ImportWizard wizard(chain.path(), chain.owner());
    wizard.show();
    openFile(wizard, writeFile(dir, QStringLiteral("members.csv"), membersFile));

    auto *page = wizard.previewPage();
    QTableWidget *rows = page->rowsTable();
    QCOMPARE(rows->rowCount(), 3);
    QCOMPARE(rows->columnCount(), 4);
    QCOMPARE(rows->horizontalHeaderItem(2)->text(), QStringLiteral("Level"));
    QCOMPARE(rows->item(0, 1)->text(), QStringLiteral("Wang Li"));
    QCOMPARE(rows->item(2, 3)->text(), QStringLiteral("hi, there"));
    QCOMPARE(rows->verticalHeaderItem(0)->text(), QStringLiteral("2")); // the file's line
    QVERIFY(page->summaryLabel()->text().contains(QStringLiteral("UTF-8")));
    QVERIFY(page->summaryLabel()->text().contains(QStringLiteral("ChainCard's own columns")));
    QCOMPARE(page->findChild<QLabel *>(QStringLiteral("rowsLabel"))->text(), QStringLiteral("Every row as read (lines 2–4):"));

    // One row per field of the kind, with the column detected.
    QTableWidget *mapping = page->mappingTable();
    QCOMPARE(mapping->rowCount(), 12); // eleven canonical columns and customer_ref
    QCOMPARE(mapping->item(0, ui::importer::PreviewPage::FieldColumn)->text(), QStringLiteral("phone"));
    QCOMPARE(mapping->item(0, ui::importer::PreviewPage::RequiredColumn)->text(), QStringLiteral("required"));
    QCOMPARE(page->columnChooser(QStringLiteral("phone"))->currentText(), QStringLiteral("phone"));
    QCOMPARE(page->columnChooser(QStringLiteral("name"))->currentText(), QStringLiteral("name"));
    QCOMPARE(page->columnChooser(QStringLiteral("gender"))->currentText(), QStringLiteral("(none)"));
    QCOMPARE(page->columnChooser(QStringLiteral("tags"))->count(), 5); // (none) and the four headers
    QVERIFY(page->ignoredLabel()->text().contains(QStringLiteral("Level")));
    QVERIFY(page->errorLabel()->isHidden());
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
}

void TestImportWizard::mappingCanBeChanged()
{
    TestChain chain;
    QTemporaryDir dir;
    ImportWizard wizard(chain.path(), chain.owner());
    wizard.show();
    openFile(wizard, writeFile(dir, QStringLiteral("members.csv"), membersFile));
    auto *page = wizard.previewPage();

    // Level becomes the tags: no column is ignored any more.
    page->columnChooser(QStringLiteral("tags"))->setCurrentText(QStringLiteral("Level"));
    QCOMPARE(page->overrides(), (QList<QPair<QString, QString>>{ { QStringLiteral("tags"), QStringLiteral("Level") } }));
    QVERIFY(page->ignoredLabel()->text().contains(QStringLiteral("Every column")));

    // Without a phone column the file cannot be imported, and the page says why.
    page->columnChooser(QStringLiteral("phone"))->setCurrentText(QStringLiteral("(none)"));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(page->errorLabel()->isVisible());
    QVERIFY(page->errorLabel()->text().contains(QStringLiteral("phone")));
    QCOMPARE(page->mappingTable()->item(0, ui::importer::PreviewPage::RequiredColumn)->text(),
             QStringLiteral("required: choose a column"));

    // Giving a field a column another field had takes it from that field.
    page->columnChooser(QStringLiteral("phone"))->setCurrentText(QStringLiteral("phone"));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    page->columnChooser(QStringLiteral("notes"))->setCurrentText(QStringLiteral("name"));
    QCOMPARE(page->columnChooser(QStringLiteral("name"))->currentText(), QStringLiteral("(none)"));
    QVERIFY(page->ignoredLabel()->text().contains(QStringLiteral("notes")));
    QCOMPARE(wizard.options().overrides.size(), 2);
    QCOMPARE(wizard.options().overrides.last(), qMakePair(QStringLiteral("notes"), QStringLiteral("name")));

    // Back to what was detected: no override left for it.
    page->columnChooser(QStringLiteral("notes"))->setCurrentText(QStringLiteral("notes"));
    QCOMPARE(page->overrides().size(), 1);
    QCOMPARE(page->columnChooser(QStringLiteral("name"))->currentText(), QStringLiteral("name"));
}

void TestImportWizard::foreignLayoutIsShownCombined()
{
    TestChain chain;
    QTemporaryDir dir;
    const QByteArray shopify = "First Name,Last Name,Email,Accepts Email Marketing,Company,Address1,Address2,City,"
                               "Province,Province Code,Country,Country Code,Zip,Phone,Accepts SMS Marketing,"
                               "Total Spent,Total Orders,Tags,Note,Tax Exempt\n"
                               "Ana,Silva,ana@example.com,yes,,1 Main St,,Toronto,Ontario,ON,Canada,CA,M5V,"
                               "+1 905 555 0142,no,120.00,3,vip,,no\n";
    ImportWizard wizard(chain.path(), chain.owner());
    wizard.show();
    openFile(wizard, writeFile(dir, QStringLiteral("customers_export.csv"), shopify));
    auto *page = wizard.previewPage();
    QVERIFY(page->summaryLabel()->text().contains(QStringLiteral("Shopify customers export")));
    QComboBox *name = page->columnChooser(QStringLiteral("name"));
    QCOMPARE(name->currentText(), QStringLiteral("First Name + Last Name"));
    QCOMPARE(name->currentIndex(), 0);
    QVERIFY(page->ignoredLabel()->text().contains(QStringLiteral("Total Spent")));
    // Choosing one of the parts alone is an override; choosing the combination again is not.
    name->setCurrentText(QStringLiteral("First Name"));
    QCOMPARE(page->overrides().size(), 1);
    name->setCurrentIndex(0);
    QVERIFY(page->overrides().isEmpty());
}

void TestImportWizard::firstPageRefusesUnreadableFiles()
{
    TestChain chain;
    QTemporaryDir dir;
    ImportWizard wizard(chain.path(), chain.owner());
    wizard.show();
    auto *page = wizard.kindFilePage();
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // no file yet

    QTest::keyClicks(page->fileEdit(), dir.filePath(QStringLiteral("missing.csv")));
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), int(ImportWizard::KindFilePageId));
    QVERIFY(page->errorLabel()->text().contains(QStringLiteral("missing.csv")));

    page->setFilePath(writeFile(dir, QStringLiteral("empty.csv"), QByteArray()));
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), int(ImportWizard::KindFilePageId));
    QVERIFY2(page->errorLabel()->text().contains(QStringLiteral("empty")), qPrintable(page->errorLabel()->text()));
}

void TestImportWizard::dryRunThenImportSkippingBadRows()
{
    TestChain chain;
    QTemporaryDir dir;
    const QString file = writeFile(dir, QStringLiteral("members.csv"), membersFile);
    ImportWizard wizard(chain.path(), chain.owner());
    QSignalSpy imported(&wizard, &ImportWizard::imported);
    wizard.show();
    openFile(wizard, file);
    runDryRun(wizard);

    // The dry run: counts, and the bad phone with its row number and column. Nothing written.
    auto *dry = wizard.dryRunPage();
    QVERIFY2(dry->report().has_value(), qPrintable(dry->errorLabel()->text()));
    QCOMPARE(dry->report()->inserted, qint64(2));
    QCOMPARE(dry->report()->rejected, qint64(1));
    QVERIFY(dry->countsLabel()->text().contains(QStringLiteral("1 rejected")));
    QTableWidget *errors = dry->rejectedRows()->table();
    QCOMPARE(errors->rowCount(), 1);
    QCOMPARE(errors->item(0, ui::importer::RejectedRowsView::RowColumn)->text(), QStringLiteral("3"));
    QCOMPARE(errors->item(0, ui::importer::RejectedRowsView::ColumnColumn)->text(), QStringLiteral("phone"));
    QVERIFY(errors->item(0, ui::importer::RejectedRowsView::ReasonColumn)->text().contains(QStringLiteral("12345")));
    QCOMPARE(count(chain.db(), "SELECT count(*) FROM people"), qint64(0));
    QVERIFY(imported.isEmpty());

    // The import, skipping the bad row; the summary follows by itself.
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), int(ImportWizard::ImportPageId));
    auto *import = wizard.importPage();
    QVERIFY(import->statusLabel()->text().contains(QStringLiteral("Rows the dry run rejected: 1.")));
    import->skipBadBox()->setChecked(true);
    QTest::mouseClick(import->startButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::SummaryPageId), 60000);

    auto *summary = wizard.summaryPage();
    using S = ui::importer::SummaryPage;
    QCOMPARE(summary->countLabel(S::Rows)->text(), QStringLiteral("3"));
    QCOMPARE(summary->countLabel(S::Inserted)->text(), QStringLiteral("2"));
    QCOMPARE(summary->countLabel(S::Updated)->text(), QStringLiteral("0"));
    QCOMPARE(summary->countLabel(S::Unchanged)->text(), QStringLiteral("0"));
    QCOMPARE(summary->countLabel(S::Merged)->text(), QStringLiteral("0"));
    QCOMPARE(summary->countLabel(S::Rejected)->text(), QStringLiteral("1"));
    QVERIFY(summary->headline()->text().contains(QStringLiteral("except the rejected rows")));
    QCOMPARE(count(chain.db(), "SELECT count(*) FROM people"), qint64(2));
    QCOMPARE(imported.size(), 1);
    QCOMPARE(imported.at(0).at(0).value<core::csv::Kind>(), core::csv::Kind::Members);

    // The error report, beside the file, linked from the summary.
    const QString report = dir.filePath(QStringLiteral("members-import-errors.csv"));
    QCOMPARE(summary->rejectedRows()->reportPath(), report);
    QFile reportFile(report);
    QVERIFY(reportFile.open(QIODevice::ReadOnly));
    const QByteArray reportText = reportFile.readAll();
    QVERIFY2(reportText.startsWith("row,column,reason"), reportText.constData());
    QVERIFY(reportText.contains("\n3,phone,"));
    QLabel *link = summary->rejectedRows()->reportLink();
    QVERIFY(link->isVisible());
    QVERIFY(link->text().contains(QStringLiteral("beside the imported file")));
    QVERIFY(link->text().contains(QDir::toNativeSeparators(report)));
    QCOMPARE(summary->rejectedRows()->table()->rowCount(), 1);

    // Clicking the link asks the desktop to open the report.
    const QRegularExpressionMatch href = QRegularExpression(QStringLiteral("href=\"([^\"]+)\"")).match(link->text());
    QVERIFY(href.hasMatch());
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "open");
    emit link->linkActivated(href.captured(1));
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    QCOMPARE(catcher.urls, QList<QUrl>{ QUrl::fromLocalFile(report) });
}

void TestImportWizard::allOrNothingWritesNothing()
{
    TestChain chain;
    QTemporaryDir dir;
    ImportWizard wizard(chain.path(), chain.owner());
    QSignalSpy imported(&wizard, &ImportWizard::imported);
    wizard.show();
    openFile(wizard, writeFile(dir, QStringLiteral("members.csv"), membersFile));
    runDryRun(wizard);
    clickNext(wizard);
    QVERIFY(!wizard.importPage()->skipBadBox()->isChecked()); // all-or-nothing unless chosen
    QTest::mouseClick(wizard.importPage()->startButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::SummaryPageId), 60000);
    auto *summary = wizard.summaryPage();
    QVERIFY(summary->headline()->text().startsWith(QStringLiteral("Nothing was written")));
    QCOMPARE(summary->countLabel(ui::importer::SummaryPage::Rejected)->text(), QStringLiteral("1"));
    QCOMPARE(count(chain.db(), "SELECT count(*) FROM people"), qint64(0));
    QVERIFY(imported.isEmpty());
    QVERIFY(QFile::exists(summary->rejectedRows()->reportPath()));
}

void TestImportWizard::cancelledImportWritesNothing()
{
    TestChain chain;
    QTemporaryDir dir;
    QByteArray bytes = "phone,name\n";
    const int rows = 200000;
    bytes.reserve(rows * 30);
    for (int i = 0; i < rows; ++i)
        bytes += "1380" + QByteArray::number(1000000 + i) + ",Member " + QByteArray::number(i) + '\n';
    ImportWizard wizard(chain.path(), chain.owner());
    wizard.show();
    openFile(wizard, writeFile(dir, QStringLiteral("many.csv"), bytes));
    runDryRun(wizard);
    QCOMPARE(wizard.dryRunPage()->report()->inserted, qint64(rows));
    clickNext(wizard);

    // Cancel as soon as the first progress report arrives.
    auto *import = wizard.importPage();
    QSignalSpy cancelled(import, &ui::importer::ImportPage::cancelled);
    QSignalSpy finished(import, &ui::importer::ImportPage::finished);
    QSignalSpy progressed(import->runner(), &ui::importer::ImportRunner::progressed);
    QString progressText;
    connect(import->runner(), &ui::importer::ImportRunner::progressed, import, [import, &progressText] {
        if (!import->cancelButton()->isEnabled())
            return;
        progressText = import->progressBar()->format();
        QTest::mouseClick(import->cancelButton(), Qt::LeftButton);
    });
    QTest::mouseClick(import->startButton(), Qt::LeftButton);
    QVERIFY(import->cancelButton()->isEnabled());
    QVERIFY(cancelled.wait(60000));
    QVERIFY(!progressed.isEmpty());
    QVERIFY2(progressText.contains(QStringLiteral(" of ")) && progressText.endsWith(QStringLiteral(" read")),
             qPrintable(progressText)); // bytes read of the file's size
    QVERIFY(finished.isEmpty());
    QCOMPARE(wizard.currentId(), int(ImportWizard::ImportPageId));
    QVERIFY(import->statusLabel()->text().contains(QStringLiteral("nothing was written")));
    QVERIFY(import->startButton()->isEnabled()); // it can be started again
    QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());
    QCOMPARE(count(chain.db(), "SELECT count(*) FROM people"), qint64(0));
    QCOMPARE(count(chain.db(), "SELECT count(*) FROM audit_log WHERE action LIKE 'import.%'"), qint64(0));
}

void TestImportWizard::cashierIsRefused()
{
    TestChain chain;
    QTemporaryDir dir;
    ImportWizard wizard(chain.path(), chain.cashier1());
    wizard.show();
    openFile(wizard, writeFile(dir, QStringLiteral("members.csv"), membersFile));
    runDryRun(wizard);
    auto *dry = wizard.dryRunPage();
    QVERIFY(!dry->report().has_value());
    const QString refusal = chain.cashier1()
                                .requireManagerOrOwner(QCoreApplication::translate("Import", "import records"))
                                .error()
                                .message();
    QCOMPARE(dry->errorLabel()->text(), refusal);
    QVERIFY(dry->errorLabel()->isVisible());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QCOMPARE(count(chain.db(), "SELECT count(*) FROM people"), qint64(0));
}

void TestImportWizard::fileMenuActionOpensTheWizard()
{
    TestChain chain;
    QMainWindow window;
    auto *action = new ui::importer::ImportAction(chain.path(), chain.owner(), &window);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    QCOMPARE(action->text(), QStringLiteral("&Import CSV…"));
    window.show();
    action->trigger();
    auto *wizard = window.findChild<ImportWizard *>();
    QVERIFY(wizard);
    QVERIFY(wizard->isVisible());
    QVERIFY(wizard->testAttribute(Qt::WA_DeleteOnClose));
    QSignalSpy imported(action, &ui::importer::ImportAction::imported);
    emit wizard->imported(core::csv::Kind::Visits);
    QCOMPARE(imported.size(), 1);
    wizard->reject();
    QTRY_VERIFY(!window.findChild<ImportWizard *>());
}

void TestImportWizard::screenshots()
{
    const QString folder = qEnvironmentVariable("CHAINCARD_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("set CHAINCARD_SCREENSHOT_DIR to save the wizard's pictures");
    TestChain chain;
    QTemporaryDir dir;
    const QByteArray shopify =
        "First Name,Last Name,Email,Accepts Email Marketing,Company,Address1,Address2,City,Province,"
        "Province Code,Country,Country Code,Zip,Phone,Accepts SMS Marketing,Total Spent,Total Orders,Tags,"
        "Note,Tax Exempt\n"
        "Ana,Silva,ana@example.com,yes,,1 Main St,,Toronto,Ontario,ON,Canada,CA,M5V 2T6,+1 905 555 0142,no,"
        "120.00,3,vip,,no\n"
        "Wei,Zhang,wei.zhang@example.com,no,,88 Nanjing Rd,,Shanghai,,,China,CN,200001,13800138000,yes,"
        "356.50,9,,Prefers the window seat,no\n"
        "Maria,Rossi,maria@example.com,yes,,2 King St,,Toronto,Ontario,ON,Canada,CA,M5H 1A1,555-0199,no,"
        "48.00,1,,,no\n"
        "Li,Na,li.na@example.com,yes,,9 Huaihai Rd,,Shanghai,,,China,CN,200031,13900139000,yes,820.00,21,"
        "\"vip, lunch\",,no\n"
        "Tom,Becker,tom@example.com,no,,5 Bay St,,Toronto,Ontario,ON,Canada,CA,M5J 2R8,+1 (416) 555-0123,no,"
        "95.25,2,,Allergic to peanuts,no\n";
    ImportWizard wizard(chain.path(), chain.owner());
        wizard.show();
    openFile(wizard, writeFile(dir, QStringLiteral("customers_export.csv"), shopify));
    QVERIFY(wizard.grab().save(QDir(folder).filePath(QStringLiteral("import-preview.png"))));
    runDryRun(wizard);
    clickNext(wizard);
    wizard.importPage()->skipBadBox()->setChecked(true);
    QTest::mouseClick(wizard.importPage()->startButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::SummaryPageId), 60000);
    QVERIFY(wizard.grab().save(QDir(folder).filePath(QStringLiteral("import-summary.png"))));
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
