# Generated from forms/merge_dialog.ui (sha256 02d817bb7e545e9f5f49bb937a8efaef32376f076c7a898a78e7c86bf02741e7) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'merge_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_MergeDialog(object):
    def setupUi(self, MergeDialog):
        if not MergeDialog.objectName():
            MergeDialog.setObjectName(u"MergeDialog")
        MergeDialog.resize(820, 600)
        MergeDialog.setSizeGripEnabled(True)
        self.dialogLayout = QVBoxLayout(MergeDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(MergeDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.pickBox = QWidget(MergeDialog)
        self.pickBox.setObjectName(u"pickBox")
        self.pickLayout = QHBoxLayout(self.pickBox)
        self.pickLayout.setSpacing(8)
        self.pickLayout.setObjectName(u"pickLayout")
        self.pickLayout.setContentsMargins(0, 0, 0, 0)
        self.pickLabel = QLabel(self.pickBox)
        self.pickLabel.setObjectName(u"pickLabel")

        self.pickLayout.addWidget(self.pickLabel)

        self.pickEdit = QLineEdit(self.pickBox)
        self.pickEdit.setObjectName(u"pickEdit")
        self.pickEdit.setClearButtonEnabled(True)

        self.pickLayout.addWidget(self.pickEdit)


        self.dialogLayout.addWidget(self.pickBox)

        self.pickList = QListWidget(MergeDialog)
        self.pickList.setObjectName(u"pickList")
        self.pickList.setMaximumSize(QSize(16777215, 140))

        self.dialogLayout.addWidget(self.pickList)

        self.compareTable = QTableWidget(MergeDialog)
        self.compareTable.setObjectName(u"compareTable")
        self.compareTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.compareTable.setTabKeyNavigation(False)
        self.compareTable.setAlternatingRowColors(True)
        self.compareTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.compareTable.setWordWrap(False)
        self.compareTable.horizontalHeader().setStretchLastSection(True)

        self.dialogLayout.addWidget(self.compareTable)

        self.keepBox = QWidget(MergeDialog)
        self.keepBox.setObjectName(u"keepBox")
        self.keepLayout = QHBoxLayout(self.keepBox)
        self.keepLayout.setSpacing(16)
        self.keepLayout.setObjectName(u"keepLayout")
        self.keepLayout.setContentsMargins(0, 0, 0, 0)
        self.keepLabel = QLabel(self.keepBox)
        self.keepLabel.setObjectName(u"keepLabel")

        self.keepLayout.addWidget(self.keepLabel)

        self.keepFirstRadio = QRadioButton(self.keepBox)
        self.keepFirstRadio.setObjectName(u"keepFirstRadio")
        self.keepFirstRadio.setChecked(True)

        self.keepLayout.addWidget(self.keepFirstRadio)

        self.keepSecondRadio = QRadioButton(self.keepBox)
        self.keepSecondRadio.setObjectName(u"keepSecondRadio")

        self.keepLayout.addWidget(self.keepSecondRadio)

        self.keepSpacer = QSpacerItem(16, 16, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.keepLayout.addItem(self.keepSpacer)


        self.dialogLayout.addWidget(self.keepBox)

        self.summaryLabel = QLabel(MergeDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.summaryLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setSpacing(8)
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(16, 16, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.mergeButton = QPushButton(MergeDialog)
        self.mergeButton.setObjectName(u"mergeButton")

        self.buttonLayout.addWidget(self.mergeButton)

        self.cancelButton = QPushButton(MergeDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)


        self.dialogLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.pickLabel.setBuddy(self.pickEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.pickEdit, self.pickList)
        QWidget.setTabOrder(self.pickList, self.compareTable)
        QWidget.setTabOrder(self.compareTable, self.keepFirstRadio)
        QWidget.setTabOrder(self.keepFirstRadio, self.keepSecondRadio)
        QWidget.setTabOrder(self.keepSecondRadio, self.mergeButton)
        QWidget.setTabOrder(self.mergeButton, self.cancelButton)

        self.retranslateUi(MergeDialog)

        self.mergeButton.setDefault(True)


        QMetaObject.connectSlotsByName(MergeDialog)
    # setupUi

    def retranslateUi(self, MergeDialog):
        MergeDialog.setWindowTitle(QCoreApplication.translate("MergeDialog", u"Merge two records", None))
        self.introLabel.setText(QCoreApplication.translate("MergeDialog", u"Two records of the same person become one. Everything of the record you do not keep (groups, events, points, training, consents, survey answers \u2026) moves to the one you keep, and its details fill the kept record's blanks. This cannot be undone; the removed record stays in the audit trail.", None))
        self.pickLabel.setText(QCoreApplication.translate("MergeDialog", u"&Find the other record:", None))
        self.pickEdit.setPlaceholderText(QCoreApplication.translate("MergeDialog", u"Name, reference, postcode, phone or email", None))
#if QT_CONFIG(accessibility)
        self.pickEdit.setAccessibleName(QCoreApplication.translate("MergeDialog", u"Find the other record", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pickList.setAccessibleName(QCoreApplication.translate("MergeDialog", u"Records found", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.compareTable.setAccessibleName(QCoreApplication.translate("MergeDialog", u"The two records side by side", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.keepBox.setAccessibleName(QCoreApplication.translate("MergeDialog", u"Which record to keep", None))
#endif // QT_CONFIG(accessibility)
        self.keepLabel.setText(QCoreApplication.translate("MergeDialog", u"Keep:", None))
        self.keepFirstRadio.setText(QCoreApplication.translate("MergeDialog", u"&1", None))
        self.keepSecondRadio.setText(QCoreApplication.translate("MergeDialog", u"&2", None))
        self.summaryLabel.setText("")
        self.mergeButton.setText(QCoreApplication.translate("MergeDialog", u"&Merge\u2026", None))
        self.cancelButton.setText(QCoreApplication.translate("MergeDialog", u"Cancel", None))
    # retranslateUi

