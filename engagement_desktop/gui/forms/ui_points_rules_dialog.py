# Generated from forms/points_rules_dialog.ui (sha256 8ec0e3d308efc711e126cbde2b122d4b9234fc01667090d06634b3b4c9bfd68f) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'points_rules_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_RulesDialog(object):
    def setupUi(self, RulesDialog):
        if not RulesDialog.objectName():
            RulesDialog.setObjectName(u"RulesDialog")
        RulesDialog.resize(980, 520)
        self.dialogLayout = QVBoxLayout(RulesDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.topLayout = QHBoxLayout()
        self.topLayout.setSpacing(8)
        self.topLayout.setObjectName(u"topLayout")
        self.introLabel = QLabel(RulesDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.topLayout.addWidget(self.introLabel)

        self.topSpacer = QSpacerItem(16, 16, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topLayout.addItem(self.topSpacer)

        self.endedCheck = QCheckBox(RulesDialog)
        self.endedCheck.setObjectName(u"endedCheck")

        self.topLayout.addWidget(self.endedCheck)

        self.topLayout.setStretch(0, 1)

        self.dialogLayout.addLayout(self.topLayout)

        self.ruleTable = QTableView(RulesDialog)
        self.ruleTable.setObjectName(u"ruleTable")
        self.ruleTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ruleTable.setTabKeyNavigation(False)
        self.ruleTable.setAlternatingRowColors(True)
        self.ruleTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.ruleTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ruleTable.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.ruleTable.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.ruleTable.setShowGrid(False)
        self.ruleTable.setWordWrap(False)
        self.ruleTable.setCornerButtonEnabled(False)
        self.ruleTable.horizontalHeader().setHighlightSections(False)
        self.ruleTable.horizontalHeader().setStretchLastSection(True)
        self.ruleTable.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.ruleTable)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setSpacing(8)
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.addButton = QPushButton(RulesDialog)
        self.addButton.setObjectName(u"addButton")
        self.addButton.setAutoDefault(False)

        self.bottomLayout.addWidget(self.addButton)

        self.changeButton = QPushButton(RulesDialog)
        self.changeButton.setObjectName(u"changeButton")
        self.changeButton.setAutoDefault(False)

        self.bottomLayout.addWidget(self.changeButton)

        self.catchUpButton = QPushButton(RulesDialog)
        self.catchUpButton.setObjectName(u"catchUpButton")
        self.catchUpButton.setAutoDefault(False)

        self.bottomLayout.addWidget(self.catchUpButton)

        self.bottomSpacer = QSpacerItem(16, 16, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(RulesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.bottomLayout.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.bottomLayout)

        QWidget.setTabOrder(self.endedCheck, self.ruleTable)
        QWidget.setTabOrder(self.ruleTable, self.addButton)
        QWidget.setTabOrder(self.addButton, self.changeButton)
        QWidget.setTabOrder(self.changeButton, self.catchUpButton)
        QWidget.setTabOrder(self.catchUpButton, self.buttonBox)

        self.retranslateUi(RulesDialog)
        self.buttonBox.rejected.connect(RulesDialog.reject)

        QMetaObject.connectSlotsByName(RulesDialog)
    # setupUi

    def retranslateUi(self, RulesDialog):
        RulesDialog.setWindowTitle(QCoreApplication.translate("RulesDialog", u"Points rules", None))
        self.introLabel.setText(QCoreApplication.translate("RulesDialog", u"Changing a rule starts a new one from a date; awards already made keep their points.", None))
        self.endedCheck.setText(QCoreApplication.translate("RulesDialog", u"Show &ended rules", None))
#if QT_CONFIG(accessibility)
        self.endedCheck.setAccessibleName(QCoreApplication.translate("RulesDialog", u"Show ended rules", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.ruleTable.setAccessibleName(QCoreApplication.translate("RulesDialog", u"Points rules", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("RulesDialog", u"&Add rule\u2026", None))
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("RulesDialog", u"A new rule from a date", None))
#endif // QT_CONFIG(tooltip)
        self.changeButton.setText(QCoreApplication.translate("RulesDialog", u"&Change rule from date\u2026", None))
#if QT_CONFIG(tooltip)
        self.changeButton.setToolTip(QCoreApplication.translate("RulesDialog", u"End the chosen rule and start its replacement on a date (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.catchUpButton.setText(QCoreApplication.translate("RulesDialog", u"&Pay missing points\u2026", None))
#if QT_CONFIG(tooltip)
        self.catchUpButton.setToolTip(QCoreApplication.translate("RulesDialog", u"Pay the points the rules give for attendance recorded before a rule applied or before someone was subscribed", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

