# Generated from forms/expense_list.ui (sha256 3c039801b26bbbd7fcfbe90a3543cd10379140902560d99486e001aa161286bb) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'expense_list.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QRadioButton, QSizePolicy, QSpacerItem, QTableView,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ExpensesPane(object):
    def setupUi(self, ExpensesPane):
        if not ExpensesPane.objectName():
            ExpensesPane.setObjectName(u"ExpensesPane")
        ExpensesPane.resize(900, 600)
        self.expensesLayout = QVBoxLayout(ExpensesPane)
        self.expensesLayout.setObjectName(u"expensesLayout")
        self.expensesLayout.setContentsMargins(0, 0, 0, 0)
        self.expenseFilters = QHBoxLayout()
        self.expenseFilters.setObjectName(u"expenseFilters")
        self.expenseFilters.setContentsMargins(0, 0, 0, 0)
        self.fromLabel = QLabel(ExpensesPane)
        self.fromLabel.setObjectName(u"fromLabel")

        self.expenseFilters.addWidget(self.fromLabel)

        self.fromDate = QDateEdit(ExpensesPane)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)

        self.expenseFilters.addWidget(self.fromDate)

        self.toLabel = QLabel(ExpensesPane)
        self.toLabel.setObjectName(u"toLabel")

        self.expenseFilters.addWidget(self.toLabel)

        self.toDate = QDateEdit(ExpensesPane)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setCalendarPopup(True)

        self.expenseFilters.addWidget(self.toDate)

        self.statusCombo = QComboBox(ExpensesPane)
        self.statusCombo.setObjectName(u"statusCombo")

        self.expenseFilters.addWidget(self.statusCombo)

        self.searchEdit = QLineEdit(ExpensesPane)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.expenseFilters.addWidget(self.searchEdit)

        self.filtersSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.expenseFilters.addItem(self.filtersSpacer)

        self.countLabel = QLabel(ExpensesPane)
        self.countLabel.setObjectName(u"countLabel")

        self.expenseFilters.addWidget(self.countLabel)


        self.expensesLayout.addLayout(self.expenseFilters)

        self.claimsTable = QTableView(ExpensesPane)
        self.claimsTable.setObjectName(u"claimsTable")

        self.expensesLayout.addWidget(self.claimsTable)

        self.totalsHeader = QHBoxLayout()
        self.totalsHeader.setObjectName(u"totalsHeader")
        self.totalsLabel = QLabel(ExpensesPane)
        self.totalsLabel.setObjectName(u"totalsLabel")

        self.totalsHeader.addWidget(self.totalsLabel)

        self.monthRadio = QRadioButton(ExpensesPane)
        self.monthRadio.setObjectName(u"monthRadio")
        self.monthRadio.setChecked(True)

        self.totalsHeader.addWidget(self.monthRadio)

        self.quarterRadio = QRadioButton(ExpensesPane)
        self.quarterRadio.setObjectName(u"quarterRadio")

        self.totalsHeader.addWidget(self.quarterRadio)

        self.totalsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.totalsHeader.addItem(self.totalsSpacer)


        self.expensesLayout.addLayout(self.totalsHeader)

        self.totalsTable = QTableWidget(ExpensesPane)
        self.totalsTable.setObjectName(u"totalsTable")
        self.totalsTable.setMaximumSize(QSize(16777215, 190))

        self.expensesLayout.addWidget(self.totalsTable)

        self.expenseButtons = QHBoxLayout()
        self.expenseButtons.setObjectName(u"expenseButtons")
        self.newButton = QPushButton(ExpensesPane)
        self.newButton.setObjectName(u"newButton")

        self.expenseButtons.addWidget(self.newButton)

        self.editButton = QPushButton(ExpensesPane)
        self.editButton.setObjectName(u"editButton")

        self.expenseButtons.addWidget(self.editButton)

        self.exportButton = QPushButton(ExpensesPane)
        self.exportButton.setObjectName(u"exportButton")

        self.expenseButtons.addWidget(self.exportButton)

        self.expenseButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.expenseButtons.addItem(self.expenseButtonsSpacer)


        self.expensesLayout.addLayout(self.expenseButtons)

#if QT_CONFIG(shortcut)
        self.fromLabel.setBuddy(self.fromDate)
        self.toLabel.setBuddy(self.toDate)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExpensesPane)

        QMetaObject.connectSlotsByName(ExpensesPane)
    # setupUi

    def retranslateUi(self, ExpensesPane):
        self.fromLabel.setText(QCoreApplication.translate("ExpensesPane", u"Fro&m:", None))
        self.fromDate.setDisplayFormat(QCoreApplication.translate("ExpensesPane", u"d MMM yyyy", None))
#if QT_CONFIG(accessibility)
        self.fromDate.setAccessibleName(QCoreApplication.translate("ExpensesPane", u"Claims from", None))
#endif // QT_CONFIG(accessibility)
        self.toLabel.setText(QCoreApplication.translate("ExpensesPane", u"t&o:", None))
        self.toDate.setDisplayFormat(QCoreApplication.translate("ExpensesPane", u"d MMM yyyy", None))
#if QT_CONFIG(accessibility)
        self.toDate.setAccessibleName(QCoreApplication.translate("ExpensesPane", u"Claims up to", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("ExpensesPane", u"Status filter", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("ExpensesPane", u"Search claims", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("ExpensesPane", u"Name, reference or event", None))
        self.countLabel.setText("")
#if QT_CONFIG(accessibility)
        self.claimsTable.setAccessibleName(QCoreApplication.translate("ExpensesPane", u"Expense claims", None))
#endif // QT_CONFIG(accessibility)
        self.totalsLabel.setText(QCoreApplication.translate("ExpensesPane", u"Totals", None))
        self.monthRadio.setText(QCoreApplication.translate("ExpensesPane", u"by mont&h", None))
        self.quarterRadio.setText(QCoreApplication.translate("ExpensesPane", u"by &quarter", None))
#if QT_CONFIG(accessibility)
        self.totalsTable.setAccessibleName(QCoreApplication.translate("ExpensesPane", u"Totals by period", None))
#endif // QT_CONFIG(accessibility)
        self.newButton.setText(QCoreApplication.translate("ExpensesPane", u"New c&laim\u2026", None))
        self.editButton.setText(QCoreApplication.translate("ExpensesPane", u"&Edit claim\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("ExpensesPane", u"E&xport to Excel\u2026", None))
        pass
    # retranslateUi

