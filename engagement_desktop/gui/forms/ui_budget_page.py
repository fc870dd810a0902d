# Generated from forms/budget_page.ui (sha256 e27b3cbdd05de45a6d44030d19bb801e7a1ddbefe484e06aaae3fad271650f1d) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'budget_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTabWidget, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_BudgetPage(object):
    def setupUi(self, BudgetPage):
        if not BudgetPage.objectName():
            BudgetPage.setObjectName(u"BudgetPage")
        BudgetPage.resize(1000, 640)
        self.pageLayout = QVBoxLayout(BudgetPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.titleLabel = QLabel(BudgetPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.pageLayout.addWidget(self.titleLabel)

        self.yearRow = QHBoxLayout()
        self.yearRow.setObjectName(u"yearRow")
        self.yearLabel = QLabel(BudgetPage)
        self.yearLabel.setObjectName(u"yearLabel")

        self.yearRow.addWidget(self.yearLabel)

        self.yearCombo = QComboBox(BudgetPage)
        self.yearCombo.setObjectName(u"yearCombo")

        self.yearRow.addWidget(self.yearCombo)

        self.periodLabel = QLabel(BudgetPage)
        self.periodLabel.setObjectName(u"periodLabel")
        self.periodLabel.setWordWrap(True)

        self.yearRow.addWidget(self.periodLabel)

        self.yearSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.yearRow.addItem(self.yearSpacer)


        self.pageLayout.addLayout(self.yearRow)

        self.tabs = QTabWidget(BudgetPage)
        self.tabs.setObjectName(u"tabs")
        self.budgetTab = QWidget()
        self.budgetTab.setObjectName(u"budgetTab")
        self.budgetLayout = QVBoxLayout(self.budgetTab)
        self.budgetLayout.setObjectName(u"budgetLayout")
        self.budgetTable = QTableWidget(self.budgetTab)
        self.budgetTable.setObjectName(u"budgetTable")
        self.budgetTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.budgetTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.budgetTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.budgetLayout.addWidget(self.budgetTable)

        self.trueCostLabel = QLabel(self.budgetTab)
        self.trueCostLabel.setObjectName(u"trueCostLabel")
        self.trueCostLabel.setWordWrap(True)

        self.budgetLayout.addWidget(self.trueCostLabel)

        self.lineRow = QHBoxLayout()
        self.lineRow.setObjectName(u"lineRow")
        self.categoryLabel = QLabel(self.budgetTab)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.lineRow.addWidget(self.categoryLabel)

        self.categoryCombo = QComboBox(self.budgetTab)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.lineRow.addWidget(self.categoryCombo)

        self.groupLabel = QLabel(self.budgetTab)
        self.groupLabel.setObjectName(u"groupLabel")

        self.lineRow.addWidget(self.groupLabel)

        self.groupCombo = QComboBox(self.budgetTab)
        self.groupCombo.setObjectName(u"groupCombo")

        self.lineRow.addWidget(self.groupCombo)

        self.amountLabel = QLabel(self.budgetTab)
        self.amountLabel.setObjectName(u"amountLabel")

        self.lineRow.addWidget(self.amountLabel)

        self.amountEdit = QLineEdit(self.budgetTab)
        self.amountEdit.setObjectName(u"amountEdit")

        self.lineRow.addWidget(self.amountEdit)

        self.setButton = QPushButton(self.budgetTab)
        self.setButton.setObjectName(u"setButton")

        self.lineRow.addWidget(self.setButton)


        self.budgetLayout.addLayout(self.lineRow)

        self.budgetMessage = QLabel(self.budgetTab)
        self.budgetMessage.setObjectName(u"budgetMessage")
        self.budgetMessage.setWordWrap(True)

        self.budgetLayout.addWidget(self.budgetMessage)

        self.tabs.addTab(self.budgetTab, "")
        self.targetsTab = QWidget()
        self.targetsTab.setObjectName(u"targetsTab")
        self.targetsLayout = QVBoxLayout(self.targetsTab)
        self.targetsLayout.setObjectName(u"targetsLayout")
        self.targetsTable = QTableWidget(self.targetsTab)
        self.targetsTable.setObjectName(u"targetsTable")
        self.targetsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.targetsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.targetsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.targetsLayout.addWidget(self.targetsTable)

        self.definitionLabel = QLabel(self.targetsTab)
        self.definitionLabel.setObjectName(u"definitionLabel")
        self.definitionLabel.setWordWrap(True)

        self.targetsLayout.addWidget(self.definitionLabel)

        self.targetRow = QHBoxLayout()
        self.targetRow.setObjectName(u"targetRow")
        self.measureLabel = QLabel(self.targetsTab)
        self.measureLabel.setObjectName(u"measureLabel")

        self.targetRow.addWidget(self.measureLabel)

        self.measureCombo = QComboBox(self.targetsTab)
        self.measureCombo.setObjectName(u"measureCombo")

        self.targetRow.addWidget(self.measureCombo)

        self.targetLabel = QLabel(self.targetsTab)
        self.targetLabel.setObjectName(u"targetLabel")

        self.targetRow.addWidget(self.targetLabel)

        self.targetEdit = QLineEdit(self.targetsTab)
        self.targetEdit.setObjectName(u"targetEdit")

        self.targetRow.addWidget(self.targetEdit)

        self.setTargetButton = QPushButton(self.targetsTab)
        self.setTargetButton.setObjectName(u"setTargetButton")

        self.targetRow.addWidget(self.setTargetButton)


        self.targetsLayout.addLayout(self.targetRow)

        self.targetMessage = QLabel(self.targetsTab)
        self.targetMessage.setObjectName(u"targetMessage")
        self.targetMessage.setWordWrap(True)

        self.targetsLayout.addWidget(self.targetMessage)

        self.tabs.addTab(self.targetsTab, "")

        self.pageLayout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearCombo)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.groupLabel.setBuddy(self.groupCombo)
        self.amountLabel.setBuddy(self.amountEdit)
        self.measureLabel.setBuddy(self.measureCombo)
        self.targetLabel.setBuddy(self.targetEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BudgetPage)

        QMetaObject.connectSlotsByName(BudgetPage)
    # setupUi

    def retranslateUi(self, BudgetPage):
        self.titleLabel.setText(QCoreApplication.translate("BudgetPage", u"Budget and targets", None))
        self.yearLabel.setText(QCoreApplication.translate("BudgetPage", u"Report &year:", None))
#if QT_CONFIG(accessibility)
        self.yearCombo.setAccessibleName(QCoreApplication.translate("BudgetPage", u"Report year", None))
#endif // QT_CONFIG(accessibility)
        self.periodLabel.setText("")
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("BudgetPage", u"Budget sections", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.budgetTable.setAccessibleName(QCoreApplication.translate("BudgetPage", u"Budget, committed, spent and left by category", None))
#endif // QT_CONFIG(accessibility)
        self.trueCostLabel.setText("")
        self.categoryLabel.setText(QCoreApplication.translate("BudgetPage", u"&Category:", None))
#if QT_CONFIG(accessibility)
        self.categoryCombo.setAccessibleName(QCoreApplication.translate("BudgetPage", u"Budget category", None))
#endif // QT_CONFIG(accessibility)
        self.groupLabel.setText(QCoreApplication.translate("BudgetPage", u"&For:", None))
#if QT_CONFIG(accessibility)
        self.groupCombo.setAccessibleName(QCoreApplication.translate("BudgetPage", u"The whole programme or one group", None))
#endif // QT_CONFIG(accessibility)
        self.amountLabel.setText(QCoreApplication.translate("BudgetPage", u"&Amount (\u00a3):", None))
#if QT_CONFIG(accessibility)
        self.amountEdit.setAccessibleName(QCoreApplication.translate("BudgetPage", u"Budget amount in pounds", None))
#endif // QT_CONFIG(accessibility)
        self.amountEdit.setPlaceholderText(QCoreApplication.translate("BudgetPage", u"e.g. 1,200.00", None))
        self.setButton.setText(QCoreApplication.translate("BudgetPage", u"&Set budget line", None))
        self.budgetMessage.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.budgetTab), QCoreApplication.translate("BudgetPage", u"&Budget", None))
#if QT_CONFIG(accessibility)
        self.targetsTable.setAccessibleName(QCoreApplication.translate("BudgetPage", u"Targets and where each measure stands", None))
#endif // QT_CONFIG(accessibility)
        self.definitionLabel.setText("")
        self.measureLabel.setText(QCoreApplication.translate("BudgetPage", u"&Measure:", None))
#if QT_CONFIG(accessibility)
        self.measureCombo.setAccessibleName(QCoreApplication.translate("BudgetPage", u"Measure", None))
#endif // QT_CONFIG(accessibility)
        self.targetLabel.setText(QCoreApplication.translate("BudgetPage", u"T&arget:", None))
#if QT_CONFIG(accessibility)
        self.targetEdit.setAccessibleName(QCoreApplication.translate("BudgetPage", u"Target for the year", None))
#endif // QT_CONFIG(accessibility)
        self.targetEdit.setPlaceholderText(QCoreApplication.translate("BudgetPage", u"a count, or % for a share", None))
        self.setTargetButton.setText(QCoreApplication.translate("BudgetPage", u"Set ta&rget", None))
        self.targetMessage.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.targetsTab), QCoreApplication.translate("BudgetPage", u"&Targets", None))
        pass
    # retranslateUi

