# Generated from forms/rewards_catch_up_dialog.ui (sha256 1a644e6db59106bd88f24507ef78bbabb5316b8522b8cba66f8cdb1d39b49a62) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rewards_catch_up_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_CatchUpDialog(object):
    def setupUi(self, CatchUpDialog):
        if not CatchUpDialog.objectName():
            CatchUpDialog.setObjectName(u"CatchUpDialog")
        CatchUpDialog.resize(640, 460)
        self.dialogLayout = QVBoxLayout(CatchUpDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(CatchUpDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.fromLabel = QLabel(CatchUpDialog)
        self.fromLabel.setObjectName(u"fromLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fromLabel)

        self.fromLayout = QHBoxLayout()
        self.fromLayout.setSpacing(8)
        self.fromLayout.setObjectName(u"fromLayout")
        self.fromDate = QDateEdit(CatchUpDialog)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)

        self.fromLayout.addWidget(self.fromDate)

        self.toLabel = QLabel(CatchUpDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.fromLayout.addWidget(self.toLabel)

        self.fromSpacer = QSpacerItem(16, 16, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.fromLayout.addItem(self.fromSpacer)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.fromLayout)


        self.dialogLayout.addLayout(self.formLayout)

        self.summaryLabel = QLabel(CatchUpDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.summaryLabel)

        self.payeeTable = QTableView(CatchUpDialog)
        self.payeeTable.setObjectName(u"payeeTable")
        self.payeeTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.payeeTable.setTabKeyNavigation(False)
        self.payeeTable.setAlternatingRowColors(True)
        self.payeeTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.payeeTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.payeeTable.setShowGrid(False)
        self.payeeTable.setWordWrap(False)
        self.payeeTable.horizontalHeader().setHighlightSections(False)
        self.payeeTable.horizontalHeader().setStretchLastSection(True)
        self.payeeTable.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.payeeTable)

        self.buttonBox = QDialogButtonBox(CatchUpDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fromLabel.setBuddy(self.fromDate)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fromDate, self.payeeTable)
        QWidget.setTabOrder(self.payeeTable, self.buttonBox)

        self.retranslateUi(CatchUpDialog)
        self.buttonBox.rejected.connect(CatchUpDialog.reject)

        QMetaObject.connectSlotsByName(CatchUpDialog)
    # setupUi

    def retranslateUi(self, CatchUpDialog):
        CatchUpDialog.setWindowTitle(QCoreApplication.translate("CatchUpDialog", u"Pay points for attendance already recorded", None))
        self.introLabel.setText(QCoreApplication.translate("CatchUpDialog", u"Points are worked out when attendance is marked, so attendance recorded before a rule applied, or before someone was subscribed, earned nothing. This pays it, by the rules in force on each event's day, to members subscribed now. Points already paid are left as they are and nothing is taken away.", None))
        self.fromLabel.setText(QCoreApplication.translate("CatchUpDialog", u"Attendance &from:", None))
#if QT_CONFIG(accessibility)
        self.fromDate.setAccessibleName(QCoreApplication.translate("CatchUpDialog", u"Attendance from", None))
#endif // QT_CONFIG(accessibility)
        self.fromDate.setDisplayFormat(QCoreApplication.translate("CatchUpDialog", u"dd/MM/yyyy", None))
        self.toLabel.setText(QCoreApplication.translate("CatchUpDialog", u"to today", None))
        self.summaryLabel.setText(QCoreApplication.translate("CatchUpDialog", u"Looking at the attendance\u2026", None))
#if QT_CONFIG(accessibility)
        self.payeeTable.setAccessibleName(QCoreApplication.translate("CatchUpDialog", u"Members to be paid", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

