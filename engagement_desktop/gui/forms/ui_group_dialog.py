# Generated from forms/group_dialog.ui (sha256 120837a1243964fb0f2cd57b58224d23f741914df21a267a1cfbea2b8b00bb52) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'group_dialog.ui'
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
    QComboBox, QDialog, QDialogButtonBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_GroupDialog(object):
    def setupUi(self, GroupDialog):
        if not GroupDialog.objectName():
            GroupDialog.setObjectName(u"GroupDialog")
        GroupDialog.resize(860, 520)
        self.dialogLayout = QVBoxLayout(GroupDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.detailsForm = QFormLayout()
        self.detailsForm.setObjectName(u"detailsForm")
        self.detailsForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.nameLabel = QLabel(GroupDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(GroupDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(150)

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameError = QLabel(GroupDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.categoryLabel = QLabel(GroupDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(GroupDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")
        self.categoryCombo.setEditable(True)

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.categoryError = QLabel(GroupDialog)
        self.categoryError.setObjectName(u"categoryError")
        self.categoryError.setWordWrap(True)

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.categoryError)

        self.kindLabel = QLabel(GroupDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(GroupDialog)
        self.kindCombo.setObjectName(u"kindCombo")
        self.kindCombo.setEditable(False)

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.modeLabel = QLabel(GroupDialog)
        self.modeLabel.setObjectName(u"modeLabel")

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.modeLabel)

        self.modeCombo = QComboBox(GroupDialog)
        self.modeCombo.setObjectName(u"modeCombo")
        self.modeCombo.setEditable(False)

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.modeCombo)

        self.areaLabel = QLabel(GroupDialog)
        self.areaLabel.setObjectName(u"areaLabel")

        self.detailsForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.areaLabel)

        self.areaCombo = QComboBox(GroupDialog)
        self.areaCombo.setObjectName(u"areaCombo")
        self.areaCombo.setEditable(False)

        self.detailsForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.areaCombo)

        self.areaError = QLabel(GroupDialog)
        self.areaError.setObjectName(u"areaError")
        self.areaError.setWordWrap(True)

        self.detailsForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.areaError)

        self.meetingLabel = QLabel(GroupDialog)
        self.meetingLabel.setObjectName(u"meetingLabel")

        self.detailsForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.meetingLabel)

        self.meetingEdit = QLineEdit(GroupDialog)
        self.meetingEdit.setObjectName(u"meetingEdit")
        self.meetingEdit.setMaxLength(200)

        self.detailsForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.meetingEdit)

        self.meetingError = QLabel(GroupDialog)
        self.meetingError.setObjectName(u"meetingError")
        self.meetingError.setWordWrap(True)

        self.detailsForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.meetingError)

        self.purposeLabel = QLabel(GroupDialog)
        self.purposeLabel.setObjectName(u"purposeLabel")

        self.detailsForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.purposeLabel)

        self.purposeEdit = QPlainTextEdit(GroupDialog)
        self.purposeEdit.setObjectName(u"purposeEdit")
        self.purposeEdit.setTabChangesFocus(True)

        self.detailsForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.purposeEdit)

        self.purposeError = QLabel(GroupDialog)
        self.purposeError.setObjectName(u"purposeError")
        self.purposeError.setWordWrap(True)

        self.detailsForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.purposeError)


        self.columns.addLayout(self.detailsForm)

        self.columnGap = QSpacerItem(16, 20, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.columns.addItem(self.columnGap)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.termsBox = QGroupBox(GroupDialog)
        self.termsBox.setObjectName(u"termsBox")
        self.termsForm = QFormLayout(self.termsBox)
        self.termsForm.setObjectName(u"termsForm")
        self.termYearsLabel = QLabel(self.termsBox)
        self.termYearsLabel.setObjectName(u"termYearsLabel")

        self.termsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.termYearsLabel)

        self.termYearsSpin = QSpinBox(self.termsBox)
        self.termYearsSpin.setObjectName(u"termYearsSpin")
        self.termYearsSpin.setMaximum(20)

        self.termsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.termYearsSpin)

        self.termYearsError = QLabel(self.termsBox)
        self.termYearsError.setObjectName(u"termYearsError")
        self.termYearsError.setWordWrap(True)

        self.termsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.termYearsError)

        self.maxTermsLabel = QLabel(self.termsBox)
        self.maxTermsLabel.setObjectName(u"maxTermsLabel")

        self.termsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.maxTermsLabel)

        self.maxTermsSpin = QSpinBox(self.termsBox)
        self.maxTermsSpin.setObjectName(u"maxTermsSpin")
        self.maxTermsSpin.setMaximum(20)

        self.termsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.maxTermsSpin)

        self.maxTermsError = QLabel(self.termsBox)
        self.maxTermsError.setObjectName(u"maxTermsError")
        self.maxTermsError.setWordWrap(True)

        self.termsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.maxTermsError)

        self.breakYearsLabel = QLabel(self.termsBox)
        self.breakYearsLabel.setObjectName(u"breakYearsLabel")

        self.termsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.breakYearsLabel)

        self.breakYearsSpin = QSpinBox(self.termsBox)
        self.breakYearsSpin.setObjectName(u"breakYearsSpin")
        self.breakYearsSpin.setMaximum(20)

        self.termsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.breakYearsSpin)

        self.breakYearsError = QLabel(self.termsBox)
        self.breakYearsError.setObjectName(u"breakYearsError")
        self.breakYearsError.setWordWrap(True)

        self.termsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.breakYearsError)

        self.appraisalCheck = QCheckBox(self.termsBox)
        self.appraisalCheck.setObjectName(u"appraisalCheck")

        self.termsForm.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.appraisalCheck)


        self.rightColumn.addWidget(self.termsBox)

        self.seatsBox = QGroupBox(GroupDialog)
        self.seatsBox.setObjectName(u"seatsBox")
        self.seatsLayout = QVBoxLayout(self.seatsBox)
        self.seatsLayout.setObjectName(u"seatsLayout")
        self.seatsHint = QLabel(self.seatsBox)
        self.seatsHint.setObjectName(u"seatsHint")
        self.seatsHint.setWordWrap(True)

        self.seatsLayout.addWidget(self.seatsHint)

        self.seatsTable = QTableWidget(self.seatsBox)
        self.seatsTable.setObjectName(u"seatsTable")
        self.seatsTable.setTabKeyNavigation(False)
        self.seatsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.seatsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.seatsTable.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed|QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.SelectedClicked)

        self.seatsLayout.addWidget(self.seatsTable)

        self.seatButtons = QHBoxLayout()
        self.seatButtons.setObjectName(u"seatButtons")
        self.addSeatButton = QPushButton(self.seatsBox)
        self.addSeatButton.setObjectName(u"addSeatButton")
        self.addSeatButton.setAutoDefault(False)

        self.seatButtons.addWidget(self.addSeatButton)

        self.removeSeatButton = QPushButton(self.seatsBox)
        self.removeSeatButton.setObjectName(u"removeSeatButton")
        self.removeSeatButton.setAutoDefault(False)

        self.seatButtons.addWidget(self.removeSeatButton)

        self.seatSpacer = QSpacerItem(16, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.seatButtons.addItem(self.seatSpacer)


        self.seatsLayout.addLayout(self.seatButtons)

        self.seatsError = QLabel(self.seatsBox)
        self.seatsError.setObjectName(u"seatsError")
        self.seatsError.setWordWrap(True)

        self.seatsLayout.addWidget(self.seatsError)


        self.rightColumn.addWidget(self.seatsBox)


        self.columns.addLayout(self.rightColumn)

        self.columns.setStretch(0, 3)
        self.columns.setStretch(2, 2)

        self.dialogLayout.addLayout(self.columns)

        self.formError = QLabel(GroupDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(GroupDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.kindLabel.setBuddy(self.kindCombo)
        self.modeLabel.setBuddy(self.modeCombo)
        self.areaLabel.setBuddy(self.areaCombo)
        self.meetingLabel.setBuddy(self.meetingEdit)
        self.purposeLabel.setBuddy(self.purposeEdit)
        self.termYearsLabel.setBuddy(self.termYearsSpin)
        self.maxTermsLabel.setBuddy(self.maxTermsSpin)
        self.breakYearsLabel.setBuddy(self.breakYearsSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.categoryCombo)
        QWidget.setTabOrder(self.categoryCombo, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.modeCombo)
        QWidget.setTabOrder(self.modeCombo, self.areaCombo)
        QWidget.setTabOrder(self.areaCombo, self.meetingEdit)
        QWidget.setTabOrder(self.meetingEdit, self.purposeEdit)
        QWidget.setTabOrder(self.purposeEdit, self.termYearsSpin)
        QWidget.setTabOrder(self.termYearsSpin, self.maxTermsSpin)
        QWidget.setTabOrder(self.maxTermsSpin, self.breakYearsSpin)
        QWidget.setTabOrder(self.breakYearsSpin, self.appraisalCheck)
        QWidget.setTabOrder(self.appraisalCheck, self.seatsTable)
        QWidget.setTabOrder(self.seatsTable, self.addSeatButton)
        QWidget.setTabOrder(self.addSeatButton, self.removeSeatButton)
        QWidget.setTabOrder(self.removeSeatButton, self.buttonBox)

        self.retranslateUi(GroupDialog)

        QMetaObject.connectSlotsByName(GroupDialog)
    # setupUi

    def retranslateUi(self, GroupDialog):
        GroupDialog.setWindowTitle(QCoreApplication.translate("GroupDialog", u"Group", None))
        self.nameLabel.setText(QCoreApplication.translate("GroupDialog", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("GroupDialog", u"Group name", None))
#endif // QT_CONFIG(accessibility)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("GroupDialog", u"e.g. Customer Scrutiny Panel", None))
        self.nameError.setText("")
#if QT_CONFIG(accessibility)
        self.nameError.setAccessibleName(QCoreApplication.translate("GroupDialog", u"Error", None))
#endif // QT_CONFIG(accessibility)
        self.categoryLabel.setText(QCoreApplication.translate("GroupDialog", u"&Category:", None))
#if QT_CONFIG(accessibility)
        self.categoryCombo.setAccessibleName(QCoreApplication.translate("GroupDialog", u"Category", None))
#endif // QT_CONFIG(accessibility)
        self.categoryError.setText("")
#if QT_CONFIG(accessibility)
        self.categoryError.setAccessibleName(QCoreApplication.translate("GroupDialog", u"Error", None))
#endif // QT_CONFIG(accessibility)
        self.kindLabel.setText(QCoreApplication.translate("GroupDialog", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("GroupDialog", u"Kind: formal or informal", None))
#endif // QT_CONFIG(accessibility)
        self.modeLabel.setText(QCoreApplication.translate("GroupDialog", u"M&ode:", None))
#if QT_CONFIG(accessibility)
        self.modeCombo.setAccessibleName(QCoreApplication.translate("GroupDialog", u"Mode: individual or collective", None))
#endif // QT_CONFIG(accessibility)
        self.areaLabel.setText(QCoreApplication.translate("GroupDialog", u"&Estate / area:", None))
#if QT_CONFIG(accessibility)
        self.areaCombo.setAccessibleName(QCoreApplication.translate("GroupDialog", u"Estate or area", None))
#endif // QT_CONFIG(accessibility)
        self.areaError.setText("")
#if QT_CONFIG(accessibility)
        self.areaError.setAccessibleName(QCoreApplication.translate("GroupDialog", u"Error", None))
#endif // QT_CONFIG(accessibility)
        self.meetingLabel.setText(QCoreApplication.translate("GroupDialog", u"&Meeting pattern:", None))
#if QT_CONFIG(accessibility)
        self.meetingEdit.setAccessibleName(QCoreApplication.translate("GroupDialog", u"Meeting pattern", None))
#endif // QT_CONFIG(accessibility)
        self.meetingEdit.setPlaceholderText(QCoreApplication.translate("GroupDialog", u"e.g. Monthly, second Tuesday, 6pm", None))
        self.meetingError.setText("")
#if QT_CONFIG(accessibility)
        self.meetingError.setAccessibleName(QCoreApplication.translate("GroupDialog", u"Error", None))
#endif // QT_CONFIG(accessibility)
        self.purposeLabel.setText(QCoreApplication.translate("GroupDialog", u"P&urpose:", None))
#if QT_CONFIG(accessibility)
        self.purposeEdit.setAccessibleName(QCoreApplication.translate("GroupDialog", u"Purpose", None))
#endif // QT_CONFIG(accessibility)
        self.purposeEdit.setPlaceholderText(QCoreApplication.translate("GroupDialog", u"What the group is for, in a sentence or two", None))
        self.purposeError.setText("")
#if QT_CONFIG(accessibility)
        self.purposeError.setAccessibleName(QCoreApplication.translate("GroupDialog", u"Error", None))
#endif // QT_CONFIG(accessibility)
        self.termsBox.setTitle(QCoreApplication.translate("GroupDialog", u"Terms of office", None))
        self.termYearsLabel.setText(QCoreApplication.translate("GroupDialog", u"Term &length:", None))
#if QT_CONFIG(accessibility)
        self.termYearsSpin.setAccessibleName(QCoreApplication.translate("GroupDialog", u"Term length in years", None))
#endif // QT_CONFIG(accessibility)
        self.termYearsSpin.setSpecialValueText(QCoreApplication.translate("GroupDialog", u"No fixed term", None))
        self.termYearsSpin.setSuffix(QCoreApplication.translate("GroupDialog", u" years", None))
        self.termYearsError.setText("")
#if QT_CONFIG(accessibility)
        self.termYearsError.setAccessibleName(QCoreApplication.translate("GroupDialog", u"Error", None))
#endif // QT_CONFIG(accessibility)
        self.maxTermsLabel.setText(QCoreApplication.translate("GroupDialog", u"Most terms &in a row:", None))
#if QT_CONFIG(accessibility)
        self.maxTermsSpin.setAccessibleName(QCoreApplication.translate("GroupDialog", u"Most consecutive terms", None))
#endif // QT_CONFIG(accessibility)
        self.maxTermsSpin.setSpecialValueText(QCoreApplication.translate("GroupDialog", u"No limit", None))
        self.maxTermsSpin.setSuffix(QCoreApplication.translate("GroupDialog", u" terms", None))
        self.maxTermsError.setText("")
#if QT_CONFIG(accessibility)
        self.maxTermsError.setAccessibleName(QCoreApplication.translate("GroupDialog", u"Error", None))
#endif // QT_CONFIG(accessibility)
        self.breakYearsLabel.setText(QCoreApplication.translate("GroupDialog", u"&Break after the limit:", None))
#if QT_CONFIG(accessibility)
        self.breakYearsSpin.setAccessibleName(QCoreApplication.translate("GroupDialog", u"Break in years before standing again", None))
#endif // QT_CONFIG(accessibility)
        self.breakYearsSpin.setSpecialValueText(QCoreApplication.translate("GroupDialog", u"No break", None))
        self.breakYearsSpin.setSuffix(QCoreApplication.translate("GroupDialog", u" years", None))
        self.breakYearsError.setText("")
#if QT_CONFIG(accessibility)
        self.breakYearsError.setAccessibleName(QCoreApplication.translate("GroupDialog", u"Error", None))
#endif // QT_CONFIG(accessibility)
        self.appraisalCheck.setText(QCoreApplication.translate("GroupDialog", u"Members need a yearly &appraisal", None))
#if QT_CONFIG(accessibility)
        self.appraisalCheck.setAccessibleName(QCoreApplication.translate("GroupDialog", u"Members need a yearly appraisal", None))
#endif // QT_CONFIG(accessibility)
        self.seatsBox.setTitle(QCoreApplication.translate("GroupDialog", u"Seats per constituency", None))
        self.seatsHint.setText(QCoreApplication.translate("GroupDialog", u"For groups with reserved seats, e.g. 7 tenants nominated by TARAs and 2 owner occupiers. Leave empty if any member can take any seat.", None))
#if QT_CONFIG(accessibility)
        self.seatsTable.setAccessibleName(QCoreApplication.translate("GroupDialog", u"Seats per constituency", None))
#endif // QT_CONFIG(accessibility)
        self.addSeatButton.setText(QCoreApplication.translate("GroupDialog", u"A&dd seat", None))
#if QT_CONFIG(tooltip)
        self.addSeatButton.setToolTip(QCoreApplication.translate("GroupDialog", u"Add a constituency; type its name, then Tab and the number of seats", None))
#endif // QT_CONFIG(tooltip)
        self.removeSeatButton.setText(QCoreApplication.translate("GroupDialog", u"Remo&ve seat", None))
        self.seatsError.setText("")
#if QT_CONFIG(accessibility)
        self.seatsError.setAccessibleName(QCoreApplication.translate("GroupDialog", u"Error", None))
#endif // QT_CONFIG(accessibility)
        self.formError.setText("")
#if QT_CONFIG(accessibility)
        self.formError.setAccessibleName(QCoreApplication.translate("GroupDialog", u"Error", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

