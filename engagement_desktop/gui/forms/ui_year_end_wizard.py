# Generated from forms/year_end_wizard.ui (sha256 ed69afe130da47b58c7939bff51f650fbc0ced5b67234780f89a257e39f2c2a0) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'year_end_wizard.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget, QWizard, QWizardPage)

from engagement_desktop.gui.import_wizard.step import StepPage

class Ui_YearEndWizard(object):
    def setupUi(self, YearEndWizard):
        if not YearEndWizard.objectName():
            YearEndWizard.setObjectName(u"YearEndWizard")
        YearEndWizard.resize(980, 640)
        YearEndWizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.yearPage = QWizardPage()
        self.yearPage.setObjectName(u"yearPage")
        self.yearLayout = QVBoxLayout(self.yearPage)
        self.yearLayout.setObjectName(u"yearLayout")
        self.yearForm = QFormLayout()
        self.yearForm.setObjectName(u"yearForm")
        self.yearLabel = QLabel(self.yearPage)
        self.yearLabel.setObjectName(u"yearLabel")

        self.yearForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearCombo = QComboBox(self.yearPage)
        self.yearCombo.setObjectName(u"yearCombo")

        self.yearForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.yearCombo)

        self.periodTitle = QLabel(self.yearPage)
        self.periodTitle.setObjectName(u"periodTitle")

        self.yearForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.periodTitle)

        self.periodLabel = QLabel(self.yearPage)
        self.periodLabel.setObjectName(u"periodLabel")

        self.yearForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.periodLabel)

        self.schemeTitle = QLabel(self.yearPage)
        self.schemeTitle.setObjectName(u"schemeTitle")

        self.yearForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.schemeTitle)

        self.schemeLabel = QLabel(self.yearPage)
        self.schemeLabel.setObjectName(u"schemeLabel")
        self.schemeLabel.setWordWrap(True)

        self.yearForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.schemeLabel)

        self.runTitle = QLabel(self.yearPage)
        self.runTitle.setObjectName(u"runTitle")

        self.yearForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.runTitle)

        self.runLabel = QLabel(self.yearPage)
        self.runLabel.setObjectName(u"runLabel")
        self.runLabel.setWordWrap(True)

        self.yearForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.runLabel)


        self.yearLayout.addLayout(self.yearForm)

        self.yearSpacer = QSpacerItem(16, 16, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.yearLayout.addItem(self.yearSpacer)

        YearEndWizard.addPage(self.yearPage)
        self.previewPage = QWizardPage()
        self.previewPage.setObjectName(u"previewPage")
        self.previewLayout = QVBoxLayout(self.previewPage)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewTable = QTableView(self.previewPage)
        self.previewTable.setObjectName(u"previewTable")
        self.previewTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.previewTable.setTabKeyNavigation(False)
        self.previewTable.setAlternatingRowColors(True)
        self.previewTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.previewTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.previewTable.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.previewTable.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.previewTable.setShowGrid(False)
        self.previewTable.setWordWrap(False)
        self.previewTable.setCornerButtonEnabled(False)
        self.previewTable.horizontalHeader().setHighlightSections(False)
        self.previewTable.horizontalHeader().setStretchLastSection(True)
        self.previewTable.verticalHeader().setVisible(False)

        self.previewLayout.addWidget(self.previewTable)

        self.previewTotals = QLabel(self.previewPage)
        self.previewTotals.setObjectName(u"previewTotals")
        self.previewTotals.setWordWrap(True)
        self.previewTotals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.previewLayout.addWidget(self.previewTotals)

        YearEndWizard.addPage(self.previewPage)
        self.choicesPage = QWizardPage()
        self.choicesPage.setObjectName(u"choicesPage")
        self.choicesLayout = QVBoxLayout(self.choicesPage)
        self.choicesLayout.setObjectName(u"choicesLayout")
        self.setAllLayout = QHBoxLayout()
        self.setAllLayout.setSpacing(8)
        self.setAllLayout.setObjectName(u"setAllLayout")
        self.setAllLabel = QLabel(self.choicesPage)
        self.setAllLabel.setObjectName(u"setAllLabel")

        self.setAllLayout.addWidget(self.setAllLabel)

        self.providerEdit = QLineEdit(self.choicesPage)
        self.providerEdit.setObjectName(u"providerEdit")

        self.setAllLayout.addWidget(self.providerEdit)

        self.setAllButton = QPushButton(self.choicesPage)
        self.setAllButton.setObjectName(u"setAllButton")
        self.setAllButton.setAutoDefault(False)

        self.setAllLayout.addWidget(self.setAllButton)

        self.setAllSpacer = QSpacerItem(16, 16, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.setAllLayout.addItem(self.setAllSpacer)


        self.choicesLayout.addLayout(self.setAllLayout)

        self.choicesTable = QTableView(self.choicesPage)
        self.choicesTable.setObjectName(u"choicesTable")
        self.choicesTable.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.choicesTable.setTabKeyNavigation(True)
        self.choicesTable.setAlternatingRowColors(True)
        self.choicesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.choicesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.choicesTable.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.choicesTable.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.choicesTable.setShowGrid(False)
        self.choicesTable.setWordWrap(False)
        self.choicesTable.setCornerButtonEnabled(False)
        self.choicesTable.horizontalHeader().setHighlightSections(False)
        self.choicesTable.horizontalHeader().setStretchLastSection(True)
        self.choicesTable.verticalHeader().setVisible(False)

        self.choicesLayout.addWidget(self.choicesTable)

        self.choicesTotals = QLabel(self.choicesPage)
        self.choicesTotals.setObjectName(u"choicesTotals")
        self.choicesTotals.setWordWrap(True)

        self.choicesLayout.addWidget(self.choicesTotals)

        YearEndWizard.addPage(self.choicesPage)
        self.confirmPage = StepPage()
        self.confirmPage.setObjectName(u"confirmPage")
        self.confirmLayout = QVBoxLayout(self.confirmPage)
        self.confirmLayout.setObjectName(u"confirmLayout")
        self.confirmLabel = QLabel(self.confirmPage)
        self.confirmLabel.setObjectName(u"confirmLabel")
        self.confirmLabel.setWordWrap(True)
        self.confirmLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.confirmLayout.addWidget(self.confirmLabel)

        self.confirmSpacer = QSpacerItem(16, 16, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.confirmLayout.addItem(self.confirmSpacer)

        self.commitBlockedLabel = QLabel(self.confirmPage)
        self.commitBlockedLabel.setObjectName(u"commitBlockedLabel")
        self.commitBlockedLabel.setWordWrap(True)
        self.commitBlockedLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.confirmLayout.addWidget(self.commitBlockedLabel)

        YearEndWizard.addPage(self.confirmPage)
        self.summaryPage = QWizardPage()
        self.summaryPage.setObjectName(u"summaryPage")
        self.summaryLayout = QVBoxLayout(self.summaryPage)
        self.summaryLayout.setObjectName(u"summaryLayout")
        self.summaryLabel = QLabel(self.summaryPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.summaryLayout.addWidget(self.summaryLabel)

        self.ledgerCheckLabel = QLabel(self.summaryPage)
        self.ledgerCheckLabel.setObjectName(u"ledgerCheckLabel")
        self.ledgerCheckLabel.setWordWrap(True)

        self.summaryLayout.addWidget(self.ledgerCheckLabel)

        self.summaryButtons = QHBoxLayout()
        self.summaryButtons.setObjectName(u"summaryButtons")
        self.exportButton = QPushButton(self.summaryPage)
        self.exportButton.setObjectName(u"exportButton")
        self.exportButton.setAutoDefault(False)

        self.summaryButtons.addWidget(self.exportButton)

        self.summaryButtonSpacer = QSpacerItem(16, 16, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.summaryButtons.addItem(self.summaryButtonSpacer)


        self.summaryLayout.addLayout(self.summaryButtons)

        self.summarySpacer = QSpacerItem(16, 16, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.summaryLayout.addItem(self.summarySpacer)

        YearEndWizard.addPage(self.summaryPage)
#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearCombo)
        self.setAllLabel.setBuddy(self.providerEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.yearCombo, self.previewTable)
        QWidget.setTabOrder(self.previewTable, self.providerEdit)
        QWidget.setTabOrder(self.providerEdit, self.setAllButton)
        QWidget.setTabOrder(self.setAllButton, self.choicesTable)
        QWidget.setTabOrder(self.choicesTable, self.exportButton)

        self.retranslateUi(YearEndWizard)

        QMetaObject.connectSlotsByName(YearEndWizard)
    # setupUi

    def retranslateUi(self, YearEndWizard):
        YearEndWizard.setWindowTitle(QCoreApplication.translate("YearEndWizard", u"Year end: points to vouchers", None))
        self.yearPage.setTitle(QCoreApplication.translate("YearEndWizard", u"Which scheme year", None))
        self.yearPage.setSubTitle(QCoreApplication.translate("YearEndWizard", u"Points held at the end of the year turn into vouchers, donations or rent credits; spare points carry over.", None))
        self.yearLabel.setText(QCoreApplication.translate("YearEndWizard", u"Scheme &year:", None))
#if QT_CONFIG(accessibility)
        self.yearCombo.setAccessibleName(QCoreApplication.translate("YearEndWizard", u"Scheme year", None))
#endif // QT_CONFIG(accessibility)
        self.periodTitle.setText(QCoreApplication.translate("YearEndWizard", u"Dates:", None))
        self.periodLabel.setText("")
#if QT_CONFIG(accessibility)
        self.periodLabel.setAccessibleName(QCoreApplication.translate("YearEndWizard", u"Dates of the year", None))
#endif // QT_CONFIG(accessibility)
        self.schemeTitle.setText(QCoreApplication.translate("YearEndWizard", u"Scheme:", None))
        self.schemeLabel.setText("")
#if QT_CONFIG(accessibility)
        self.schemeLabel.setAccessibleName(QCoreApplication.translate("YearEndWizard", u"Conversion table", None))
#endif // QT_CONFIG(accessibility)
        self.runTitle.setText(QCoreApplication.translate("YearEndWizard", u"Run:", None))
        self.runLabel.setText("")
#if QT_CONFIG(accessibility)
        self.runLabel.setAccessibleName(QCoreApplication.translate("YearEndWizard", u"Whether the year end has been run", None))
#endif // QT_CONFIG(accessibility)
        self.previewPage.setTitle(QCoreApplication.translate("YearEndWizard", u"Preview", None))
        self.previewPage.setSubTitle(QCoreApplication.translate("YearEndWizard", u"What each member's points convert to. Nothing has been written.", None))
#if QT_CONFIG(accessibility)
        self.previewTable.setAccessibleName(QCoreApplication.translate("YearEndWizard", u"Year-end preview", None))
#endif // QT_CONFIG(accessibility)
        self.previewTotals.setText("")
#if QT_CONFIG(accessibility)
        self.previewTotals.setAccessibleName(QCoreApplication.translate("YearEndWizard", u"Preview totals", None))
#endif // QT_CONFIG(accessibility)
        self.choicesPage.setTitle(QCoreApplication.translate("YearEndWizard", u"Each member's choice", None))
        self.choicesPage.setSubTitle(QCoreApplication.translate("YearEndWizard", u"Voucher (provider, serial number, date handed over), donation (charity), rent credit, or carry over. Type in the table, or F2 to edit a cell.", None))
        self.setAllLabel.setText(QCoreApplication.translate("YearEndWizard", u"Set everyone still to do to a voucher &from:", None))
#if QT_CONFIG(accessibility)
        self.providerEdit.setAccessibleName(QCoreApplication.translate("YearEndWizard", u"Voucher provider for all", None))
#endif // QT_CONFIG(accessibility)
        self.providerEdit.setPlaceholderText(QCoreApplication.translate("YearEndWizard", u"e.g. Love2shop", None))
        self.setAllButton.setText(QCoreApplication.translate("YearEndWizard", u"Set &all to voucher", None))
#if QT_CONFIG(accessibility)
        self.choicesTable.setAccessibleName(QCoreApplication.translate("YearEndWizard", u"Each member's choice", None))
#endif // QT_CONFIG(accessibility)
        self.choicesTotals.setText("")
#if QT_CONFIG(accessibility)
        self.choicesTotals.setAccessibleName(QCoreApplication.translate("YearEndWizard", u"Choice totals", None))
#endif // QT_CONFIG(accessibility)
        self.confirmPage.setTitle(QCoreApplication.translate("YearEndWizard", u"Commit", None))
        self.confirmPage.setSubTitle(QCoreApplication.translate("YearEndWizard", u"Commit writes every conversion in one go. Running it again later changes nothing more.", None))
        self.confirmLabel.setText("")
#if QT_CONFIG(accessibility)
        self.confirmLabel.setAccessibleName(QCoreApplication.translate("YearEndWizard", u"What will be written", None))
#endif // QT_CONFIG(accessibility)
        self.commitBlockedLabel.setText("")
#if QT_CONFIG(accessibility)
        self.commitBlockedLabel.setAccessibleName(QCoreApplication.translate("YearEndWizard", u"Why Commit is not available", None))
#endif // QT_CONFIG(accessibility)
        self.summaryPage.setTitle(QCoreApplication.translate("YearEndWizard", u"Summary", None))
        self.summaryPage.setSubTitle(QCoreApplication.translate("YearEndWizard", u"What the year end wrote, checked against the ledger.", None))
        self.summaryLabel.setText("")
#if QT_CONFIG(accessibility)
        self.summaryLabel.setAccessibleName(QCoreApplication.translate("YearEndWizard", u"Summary", None))
#endif // QT_CONFIG(accessibility)
        self.ledgerCheckLabel.setText("")
#if QT_CONFIG(accessibility)
        self.ledgerCheckLabel.setAccessibleName(QCoreApplication.translate("YearEndWizard", u"Check against the ledger", None))
#endif // QT_CONFIG(accessibility)
        self.exportButton.setText(QCoreApplication.translate("YearEndWizard", u"&Export year-end summary\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("YearEndWizard", u"The summary and the vouchers issued as an Excel workbook", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

