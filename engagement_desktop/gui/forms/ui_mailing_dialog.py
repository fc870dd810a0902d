# Generated from forms/mailing_dialog.ui (sha256 1b5d3607842374342d71a13c1f0829745399f94532aac07edeb293458fd4f74d) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'mailing_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDialog, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_MailingDialog(object):
    def setupUi(self, MailingDialog):
        if not MailingDialog.objectName():
            MailingDialog.setObjectName(u"MailingDialog")
        MailingDialog.resize(640, 560)
        self.dialogLayout = QVBoxLayout(MailingDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.whoLabel = QLabel(MailingDialog)
        self.whoLabel.setObjectName(u"whoLabel")
        self.whoLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.whoLabel)

        self.formError = QLabel(MailingDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.mailingForm = QFormLayout()
        self.mailingForm.setObjectName(u"mailingForm")
        self.mailingForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kindLabel = QLabel(MailingDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.mailingForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(MailingDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.mailingForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.recordLabel = QLabel(MailingDialog)
        self.recordLabel.setObjectName(u"recordLabel")

        self.mailingForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.recordLabel)

        self.recordRow = QHBoxLayout()
        self.recordRow.setObjectName(u"recordRow")
        self.recordCombo = QComboBox(MailingDialog)
        self.recordCombo.setObjectName(u"recordCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.recordCombo.sizePolicy().hasHeightForWidth())
        self.recordCombo.setSizePolicy(sizePolicy)

        self.recordRow.addWidget(self.recordCombo)

        self.statusCombo = QComboBox(MailingDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.recordRow.addWidget(self.statusCombo)


        self.mailingForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.recordRow)

        self.channelLabel = QLabel(MailingDialog)
        self.channelLabel.setObjectName(u"channelLabel")

        self.mailingForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channelCombo = QComboBox(MailingDialog)
        self.channelCombo.setObjectName(u"channelCombo")

        self.mailingForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.channelCombo)

        self.outputLabel = QLabel(MailingDialog)
        self.outputLabel.setObjectName(u"outputLabel")

        self.mailingForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.outputLabel)

        self.outputCombo = QComboBox(MailingDialog)
        self.outputCombo.setObjectName(u"outputCombo")

        self.mailingForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.outputCombo)

        self.templateLabel = QLabel(MailingDialog)
        self.templateLabel.setObjectName(u"templateLabel")

        self.mailingForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.templateLabel)

        self.templateRow = QHBoxLayout()
        self.templateRow.setObjectName(u"templateRow")
        self.templateCombo = QComboBox(MailingDialog)
        self.templateCombo.setObjectName(u"templateCombo")

        self.templateRow.addWidget(self.templateCombo)

        self.templatesButton = QPushButton(MailingDialog)
        self.templatesButton.setObjectName(u"templatesButton")

        self.templateRow.addWidget(self.templatesButton)

        self.templateRow.setStretch(0, 1)

        self.mailingForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.templateRow)

        self.sheetLabel = QLabel(MailingDialog)
        self.sheetLabel.setObjectName(u"sheetLabel")

        self.mailingForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.sheetLabel)

        self.sheetRow = QHBoxLayout()
        self.sheetRow.setObjectName(u"sheetRow")
        self.sheetCombo = QComboBox(MailingDialog)
        self.sheetCombo.setObjectName(u"sheetCombo")

        self.sheetRow.addWidget(self.sheetCombo)

        self.startLabel = QLabel(MailingDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.sheetRow.addWidget(self.startLabel)

        self.startSpin = QSpinBox(MailingDialog)
        self.startSpin.setObjectName(u"startSpin")
        self.startSpin.setMinimum(1)
        self.startSpin.setMaximum(21)

        self.sheetRow.addWidget(self.startSpin)


        self.mailingForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.sheetRow)

        self.householdCheck = QCheckBox(MailingDialog)
        self.householdCheck.setObjectName(u"householdCheck")

        self.mailingForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.householdCheck)

        self.invitationCheck = QCheckBox(MailingDialog)
        self.invitationCheck.setObjectName(u"invitationCheck")

        self.mailingForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.invitationCheck)


        self.dialogLayout.addLayout(self.mailingForm)

        self.countsLabel = QLabel(MailingDialog)
        self.countsLabel.setObjectName(u"countsLabel")

        self.dialogLayout.addWidget(self.countsLabel)

        self.countsTable = QTableWidget(MailingDialog)
        self.countsTable.setObjectName(u"countsTable")
        self.countsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.countsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.countsTable.setTabKeyNavigation(False)

        self.dialogLayout.addWidget(self.countsTable)

        self.arrangeLabel = QLabel(MailingDialog)
        self.arrangeLabel.setObjectName(u"arrangeLabel")
        self.arrangeLabel.setWordWrap(True)
        self.arrangeLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.arrangeLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.makeButton = QPushButton(MailingDialog)
        self.makeButton.setObjectName(u"makeButton")

        self.buttonRow.addWidget(self.makeButton)

        self.closeButton = QPushButton(MailingDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.recordLabel.setBuddy(self.recordCombo)
        self.channelLabel.setBuddy(self.channelCombo)
        self.outputLabel.setBuddy(self.outputCombo)
        self.templateLabel.setBuddy(self.templateCombo)
        self.sheetLabel.setBuddy(self.sheetCombo)
        self.startLabel.setBuddy(self.startSpin)
        self.countsLabel.setBuddy(self.countsTable)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kindCombo, self.recordCombo)
        QWidget.setTabOrder(self.recordCombo, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.channelCombo)
        QWidget.setTabOrder(self.channelCombo, self.outputCombo)
        QWidget.setTabOrder(self.outputCombo, self.templateCombo)
        QWidget.setTabOrder(self.templateCombo, self.templatesButton)
        QWidget.setTabOrder(self.templatesButton, self.sheetCombo)
        QWidget.setTabOrder(self.sheetCombo, self.startSpin)
        QWidget.setTabOrder(self.startSpin, self.householdCheck)
        QWidget.setTabOrder(self.householdCheck, self.invitationCheck)
        QWidget.setTabOrder(self.invitationCheck, self.countsTable)
        QWidget.setTabOrder(self.countsTable, self.makeButton)
        QWidget.setTabOrder(self.makeButton, self.closeButton)

        self.retranslateUi(MailingDialog)

        QMetaObject.connectSlotsByName(MailingDialog)
    # setupUi

    def retranslateUi(self, MailingDialog):
        MailingDialog.setWindowTitle(QCoreApplication.translate("MailingDialog", u"Mailing", None))
        self.whoLabel.setText("")
        self.formError.setText("")
        self.kindLabel.setText(QCoreApplication.translate("MailingDialog", u"&For:", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("MailingDialog", u"Who the mailing is for", None))
#endif // QT_CONFIG(accessibility)
        self.recordLabel.setText(QCoreApplication.translate("MailingDialog", u"&Which:", None))
#if QT_CONFIG(accessibility)
        self.recordCombo.setAccessibleName(QCoreApplication.translate("MailingDialog", u"Which group, event, topic, area or item", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("MailingDialog", u"Who on the event's register", None))
#endif // QT_CONFIG(accessibility)
        self.channelLabel.setText(QCoreApplication.translate("MailingDialog", u"&Channel:", None))
#if QT_CONFIG(accessibility)
        self.channelCombo.setAccessibleName(QCoreApplication.translate("MailingDialog", u"Channel: post, email, text or phone", None))
#endif // QT_CONFIG(accessibility)
        self.outputLabel.setText(QCoreApplication.translate("MailingDialog", u"&Make:", None))
#if QT_CONFIG(accessibility)
        self.outputCombo.setAccessibleName(QCoreApplication.translate("MailingDialog", u"What to make", None))
#endif // QT_CONFIG(accessibility)
        self.templateLabel.setText(QCoreApplication.translate("MailingDialog", u"&Letter template:", None))
#if QT_CONFIG(accessibility)
        self.templateCombo.setAccessibleName(QCoreApplication.translate("MailingDialog", u"Letter template", None))
#endif // QT_CONFIG(accessibility)
        self.templatesButton.setText(QCoreApplication.translate("MailingDialog", u"Edit &templates\u2026", None))
        self.sheetLabel.setText(QCoreApplication.translate("MailingDialog", u"La&bel sheet:", None))
#if QT_CONFIG(accessibility)
        self.sheetCombo.setAccessibleName(QCoreApplication.translate("MailingDialog", u"Label sheet", None))
#endif // QT_CONFIG(accessibility)
        self.startLabel.setText(QCoreApplication.translate("MailingDialog", u"&Start at label:", None))
#if QT_CONFIG(accessibility)
        self.startSpin.setAccessibleName(QCoreApplication.translate("MailingDialog", u"Start at label number (part-used sheet)", None))
#endif // QT_CONFIG(accessibility)
        self.householdCheck.setText(QCoreApplication.translate("MailingDialog", u"One per &household", None))
        self.invitationCheck.setText(QCoreApplication.translate("MailingDialog", u"An &invitation: leave out people excluded from forums", None))
        self.countsLabel.setText(QCoreApplication.translate("MailingDialog", u"Who gets it, and who is &left out:", None))
#if QT_CONFIG(accessibility)
        self.countsTable.setAccessibleName(QCoreApplication.translate("MailingDialog", u"Who gets it and who is left out, by reason", None))
#endif // QT_CONFIG(accessibility)
        self.arrangeLabel.setText("")
        self.makeButton.setText(QCoreApplication.translate("MailingDialog", u"&Make\u2026", None))
#if QT_CONFIG(tooltip)
        self.makeButton.setToolTip(QCoreApplication.translate("MailingDialog", u"Choose where to save it, make it and record it in each person's contact history", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("MailingDialog", u"Close", None))
    # retranslateUi

