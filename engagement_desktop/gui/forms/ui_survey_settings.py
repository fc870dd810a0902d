# Generated from forms/survey_settings.ui (sha256 48dc1dcfb63045c5881e4058eee07964be55c2a16110006e7f68b6fc49bd3bad) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'survey_settings.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QGridLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_SurveySettingsDialog(object):
    def setupUi(self, SurveySettingsDialog):
        if not SurveySettingsDialog.objectName():
            SurveySettingsDialog.setObjectName(u"SurveySettingsDialog")
        SurveySettingsDialog.resize(560, 560)
        self.settingsLayout = QVBoxLayout(SurveySettingsDialog)
        self.settingsLayout.setObjectName(u"settingsLayout")
        self.surveyGroup = QGroupBox(SurveySettingsDialog)
        self.surveyGroup.setObjectName(u"surveyGroup")
        self.surveyForm = QFormLayout(self.surveyGroup)
        self.surveyForm.setObjectName(u"surveyForm")
        self.startLabel = QLabel(self.surveyGroup)
        self.startLabel.setObjectName(u"startLabel")

        self.surveyForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.periodRow = QHBoxLayout()
        self.periodRow.setObjectName(u"periodRow")
        self.startEdit = QDateEdit(self.surveyGroup)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setCalendarPopup(True)

        self.periodRow.addWidget(self.startEdit)

        self.endLabel = QLabel(self.surveyGroup)
        self.endLabel.setObjectName(u"endLabel")

        self.periodRow.addWidget(self.endLabel)

        self.endEdit = QDateEdit(self.surveyGroup)
        self.endEdit.setObjectName(u"endEdit")
        self.endEdit.setCalendarPopup(True)

        self.periodRow.addWidget(self.endEdit)


        self.surveyForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.periodRow)

        self.methodLabel = QLabel(self.surveyGroup)
        self.methodLabel.setObjectName(u"methodLabel")

        self.surveyForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.methodLabel)

        self.methodCombo = QComboBox(self.surveyGroup)
        self.methodCombo.setObjectName(u"methodCombo")

        self.surveyForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.methodCombo)

        self.lcraLabel = QLabel(self.surveyGroup)
        self.lcraLabel.setObjectName(u"lcraLabel")

        self.surveyForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.lcraLabel)

        self.lcraSpin = QSpinBox(self.surveyGroup)
        self.lcraSpin.setObjectName(u"lcraSpin")
        self.lcraSpin.setMaximum(10000000)
        self.lcraSpin.setGroupSeparatorShown(True)

        self.surveyForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.lcraSpin)

        self.lchoLabel = QLabel(self.surveyGroup)
        self.lchoLabel.setObjectName(u"lchoLabel")

        self.surveyForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.lchoLabel)

        self.lchoSpin = QSpinBox(self.surveyGroup)
        self.lchoSpin.setObjectName(u"lchoSpin")
        self.lchoSpin.setMaximum(10000000)
        self.lchoSpin.setGroupSeparatorShown(True)

        self.surveyForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.lchoSpin)

        self.countsLabel = QLabel(self.surveyGroup)
        self.countsLabel.setObjectName(u"countsLabel")

        self.surveyForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.countsLabel)

        self.countsGrid = QGridLayout()
        self.countsGrid.setObjectName(u"countsGrid")
        self.onlineLabel = QLabel(self.surveyGroup)
        self.onlineLabel.setObjectName(u"onlineLabel")

        self.countsGrid.addWidget(self.onlineLabel, 0, 0, 1, 1)

        self.onlineSpin = QSpinBox(self.surveyGroup)
        self.onlineSpin.setObjectName(u"onlineSpin")
        self.onlineSpin.setMaximum(1000000)
        self.onlineSpin.setGroupSeparatorShown(True)

        self.countsGrid.addWidget(self.onlineSpin, 0, 1, 1, 1)

        self.phoneLabel = QLabel(self.surveyGroup)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.countsGrid.addWidget(self.phoneLabel, 0, 2, 1, 1)

        self.phoneSpin = QSpinBox(self.surveyGroup)
        self.phoneSpin.setObjectName(u"phoneSpin")
        self.phoneSpin.setMaximum(1000000)
        self.phoneSpin.setGroupSeparatorShown(True)

        self.countsGrid.addWidget(self.phoneSpin, 0, 3, 1, 1)

        self.postLabel = QLabel(self.surveyGroup)
        self.postLabel.setObjectName(u"postLabel")

        self.countsGrid.addWidget(self.postLabel, 1, 0, 1, 1)

        self.postSpin = QSpinBox(self.surveyGroup)
        self.postSpin.setObjectName(u"postSpin")
        self.postSpin.setMaximum(1000000)
        self.postSpin.setGroupSeparatorShown(True)

        self.countsGrid.addWidget(self.postSpin, 1, 1, 1, 1)

        self.faceLabel = QLabel(self.surveyGroup)
        self.faceLabel.setObjectName(u"faceLabel")

        self.countsGrid.addWidget(self.faceLabel, 1, 2, 1, 1)

        self.faceSpin = QSpinBox(self.surveyGroup)
        self.faceSpin.setObjectName(u"faceSpin")
        self.faceSpin.setMaximum(1000000)
        self.faceSpin.setGroupSeparatorShown(True)

        self.countsGrid.addWidget(self.faceSpin, 1, 3, 1, 1)


        self.surveyForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.countsGrid)

        self.byLabel = QLabel(self.surveyGroup)
        self.byLabel.setObjectName(u"byLabel")

        self.surveyForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.byLabel)

        self.byEdit = QLineEdit(self.surveyGroup)
        self.byEdit.setObjectName(u"byEdit")

        self.surveyForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.byEdit)

        self.sampleLabel = QLabel(self.surveyGroup)
        self.sampleLabel.setObjectName(u"sampleLabel")

        self.surveyForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.sampleLabel)

        self.sampleEdit = QLineEdit(self.surveyGroup)
        self.sampleEdit.setObjectName(u"sampleEdit")

        self.surveyForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.sampleEdit)

        self.weightingLabel = QLabel(self.surveyGroup)
        self.weightingLabel.setObjectName(u"weightingLabel")

        self.surveyForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.weightingLabel)

        self.weightingEdit = QLineEdit(self.surveyGroup)
        self.weightingEdit.setObjectName(u"weightingEdit")

        self.surveyForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.weightingEdit)

        self.exclusionsLabel = QLabel(self.surveyGroup)
        self.exclusionsLabel.setObjectName(u"exclusionsLabel")

        self.surveyForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.exclusionsLabel)

        self.exclusionsEdit = QLineEdit(self.surveyGroup)
        self.exclusionsEdit.setObjectName(u"exclusionsEdit")

        self.surveyForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.exclusionsEdit)

        self.incentivesLabel = QLabel(self.surveyGroup)
        self.incentivesLabel.setObjectName(u"incentivesLabel")

        self.surveyForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.incentivesLabel)

        self.incentivesEdit = QLineEdit(self.surveyGroup)
        self.incentivesEdit.setObjectName(u"incentivesEdit")

        self.surveyForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.incentivesEdit)


        self.settingsLayout.addWidget(self.surveyGroup)

        self.allGroup = QGroupBox(SurveySettingsDialog)
        self.allGroup.setObjectName(u"allGroup")
        self.allLayout = QVBoxLayout(self.allGroup)
        self.allLayout.setObjectName(u"allLayout")
        self.settingsForm = QFormLayout()
        self.settingsForm.setObjectName(u"settingsForm")
        self.homesLabel = QLabel(self.allGroup)
        self.homesLabel.setObjectName(u"homesLabel")

        self.settingsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.homesLabel)

        self.homesSpin = QSpinBox(self.allGroup)
        self.homesSpin.setObjectName(u"homesSpin")
        self.homesSpin.setMaximum(10000000)
        self.homesSpin.setGroupSeparatorShown(True)

        self.settingsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.homesSpin)

        self.limitLabel = QLabel(self.allGroup)
        self.limitLabel.setObjectName(u"limitLabel")

        self.settingsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.limitLabel)

        self.limitSpin = QSpinBox(self.allGroup)
        self.limitSpin.setObjectName(u"limitSpin")
        self.limitSpin.setMinimum(1)
        self.limitSpin.setMaximum(2000)

        self.settingsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.limitSpin)


        self.allLayout.addLayout(self.settingsForm)

        self.settingsNote = QLabel(self.allGroup)
        self.settingsNote.setObjectName(u"settingsNote")
        self.settingsNote.setWordWrap(True)

        self.allLayout.addWidget(self.settingsNote)


        self.settingsLayout.addWidget(self.allGroup)

        self.errorLabel = QLabel(SurveySettingsDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.settingsLayout.addWidget(self.errorLabel)

        self.settingsSpacer = QSpacerItem(16, 16, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.settingsLayout.addItem(self.settingsSpacer)

        self.buttonBox = QDialogButtonBox(SurveySettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.settingsLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.startLabel.setBuddy(self.startEdit)
        self.endLabel.setBuddy(self.endEdit)
        self.methodLabel.setBuddy(self.methodCombo)
        self.lcraLabel.setBuddy(self.lcraSpin)
        self.lchoLabel.setBuddy(self.lchoSpin)
        self.onlineLabel.setBuddy(self.onlineSpin)
        self.phoneLabel.setBuddy(self.phoneSpin)
        self.postLabel.setBuddy(self.postSpin)
        self.faceLabel.setBuddy(self.faceSpin)
        self.byLabel.setBuddy(self.byEdit)
        self.sampleLabel.setBuddy(self.sampleEdit)
        self.weightingLabel.setBuddy(self.weightingEdit)
        self.exclusionsLabel.setBuddy(self.exclusionsEdit)
        self.incentivesLabel.setBuddy(self.incentivesEdit)
        self.homesLabel.setBuddy(self.homesSpin)
        self.limitLabel.setBuddy(self.limitSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.startEdit, self.endEdit)
        QWidget.setTabOrder(self.endEdit, self.methodCombo)
        QWidget.setTabOrder(self.methodCombo, self.lcraSpin)
        QWidget.setTabOrder(self.lcraSpin, self.lchoSpin)
        QWidget.setTabOrder(self.lchoSpin, self.onlineSpin)
        QWidget.setTabOrder(self.onlineSpin, self.phoneSpin)
        QWidget.setTabOrder(self.phoneSpin, self.postSpin)
        QWidget.setTabOrder(self.postSpin, self.faceSpin)
        QWidget.setTabOrder(self.faceSpin, self.byEdit)
        QWidget.setTabOrder(self.byEdit, self.sampleEdit)
        QWidget.setTabOrder(self.sampleEdit, self.weightingEdit)
        QWidget.setTabOrder(self.weightingEdit, self.exclusionsEdit)
        QWidget.setTabOrder(self.exclusionsEdit, self.incentivesEdit)
        QWidget.setTabOrder(self.incentivesEdit, self.homesSpin)
        QWidget.setTabOrder(self.homesSpin, self.limitSpin)
        QWidget.setTabOrder(self.limitSpin, self.buttonBox)

        self.retranslateUi(SurveySettingsDialog)

        QMetaObject.connectSlotsByName(SurveySettingsDialog)
    # setupUi

    def retranslateUi(self, SurveySettingsDialog):
        SurveySettingsDialog.setWindowTitle(QCoreApplication.translate("SurveySettingsDialog", u"Survey and import settings", None))
        self.surveyGroup.setTitle(QCoreApplication.translate("SurveySettingsDialog", u"This survey (published with its results)", None))
        self.startLabel.setText(QCoreApplication.translate("SurveySettingsDialog", u"Period &from:", None))
#if QT_CONFIG(accessibility)
        self.startEdit.setAccessibleName(QCoreApplication.translate("SurveySettingsDialog", u"Survey period from", None))
#endif // QT_CONFIG(accessibility)
        self.startEdit.setDisplayFormat(QCoreApplication.translate("SurveySettingsDialog", u"dd/MM/yyyy", None))
        self.endLabel.setText(QCoreApplication.translate("SurveySettingsDialog", u"&to:", None))
#if QT_CONFIG(accessibility)
        self.endEdit.setAccessibleName(QCoreApplication.translate("SurveySettingsDialog", u"Survey period to", None))
#endif // QT_CONFIG(accessibility)
        self.endEdit.setDisplayFormat(QCoreApplication.translate("SurveySettingsDialog", u"dd/MM/yyyy", None))
        self.methodLabel.setText(QCoreApplication.translate("SurveySettingsDialog", u"Collection &method:", None))
#if QT_CONFIG(accessibility)
        self.methodCombo.setAccessibleName(QCoreApplication.translate("SurveySettingsDialog", u"Collection method", None))
#endif // QT_CONFIG(accessibility)
        self.lcraLabel.setText(QCoreApplication.translate("SurveySettingsDialog", u"Relevant homes, low-cost &rental (LCRA):", None))
#if QT_CONFIG(accessibility)
        self.lcraSpin.setAccessibleName(QCoreApplication.translate("SurveySettingsDialog", u"Relevant low-cost rental homes", None))
#endif // QT_CONFIG(accessibility)
        self.lcraSpin.setSpecialValueText(QCoreApplication.translate("SurveySettingsDialog", u"Not recorded", None))
        self.lchoLabel.setText(QCoreApplication.translate("SurveySettingsDialog", u"Relevant homes, low-cost home &ownership (LCHO):", None))
#if QT_CONFIG(accessibility)
        self.lchoSpin.setAccessibleName(QCoreApplication.translate("SurveySettingsDialog", u"Relevant low-cost home ownership homes", None))
#endif // QT_CONFIG(accessibility)
        self.lchoSpin.setSpecialValueText(QCoreApplication.translate("SurveySettingsDialog", u"Not recorded", None))
        self.countsLabel.setText(QCoreApplication.translate("SurveySettingsDialog", u"Responses by method:", None))
        self.onlineLabel.setText(QCoreApplication.translate("SurveySettingsDialog", u"O&nline", None))
#if QT_CONFIG(accessibility)
        self.onlineSpin.setAccessibleName(QCoreApplication.translate("SurveySettingsDialog", u"Responses collected online", None))
#endif // QT_CONFIG(accessibility)
        self.phoneLabel.setText(QCoreApplication.translate("SurveySettingsDialog", u"&Phone", None))
#if QT_CONFIG(accessibility)
        self.phoneSpin.setAccessibleName(QCoreApplication.translate("SurveySettingsDialog", u"Responses collected by phone", None))
#endif // QT_CONFIG(accessibility)
        self.postLabel.setText(QCoreApplication.translate("SurveySettingsDialog", u"Pos&t", None))
#if QT_CONFIG(accessibility)
        self.postSpin.setAccessibleName(QCoreApplication.translate("SurveySettingsDialog", u"Responses collected by post", None))
#endif // QT_CONFIG(accessibility)
        self.faceLabel.setText(QCoreApplication.translate("SurveySettingsDialog", u"F&ace to face", None))
#if QT_CONFIG(accessibility)
        self.faceSpin.setAccessibleName(QCoreApplication.translate("SurveySettingsDialog", u"Responses collected face to face", None))
#endif // QT_CONFIG(accessibility)
        self.byLabel.setText(QCoreApplication.translate("SurveySettingsDialog", u"Carried out &by:", None))
#if QT_CONFIG(accessibility)
        self.byEdit.setAccessibleName(QCoreApplication.translate("SurveySettingsDialog", u"Carried out by: in-house or the contractor", None))
#endif // QT_CONFIG(accessibility)
        self.byEdit.setPlaceholderText(QCoreApplication.translate("SurveySettingsDialog", u"In-house, or the contractor's name", None))
        self.sampleLabel.setText(QCoreApplication.translate("SurveySettingsDialog", u"&Sample method:", None))
#if QT_CONFIG(accessibility)
        self.sampleEdit.setAccessibleName(QCoreApplication.translate("SurveySettingsDialog", u"Sample method", None))
#endif // QT_CONFIG(accessibility)
        self.sampleEdit.setPlaceholderText(QCoreApplication.translate("SurveySettingsDialog", u"e.g. Census: every household invited", None))
        self.weightingLabel.setText(QCoreApplication.translate("SurveySettingsDialog", u"&Weighting:", None))
#if QT_CONFIG(accessibility)
        self.weightingEdit.setAccessibleName(QCoreApplication.translate("SurveySettingsDialog", u"Weighting", None))
#endif // QT_CONFIG(accessibility)
        self.weightingEdit.setPlaceholderText(QCoreApplication.translate("SurveySettingsDialog", u"None, or how the results were weighted", None))
        self.exclusionsLabel.setText(QCoreApplication.translate("SurveySettingsDialog", u"E&xclusions:", None))
#if QT_CONFIG(accessibility)
        self.exclusionsEdit.setAccessibleName(QCoreApplication.translate("SurveySettingsDialog", u"Exclusions and why", None))
#endif // QT_CONFIG(accessibility)
        self.exclusionsEdit.setPlaceholderText(QCoreApplication.translate("SurveySettingsDialog", u"Households left out and why, or None", None))
        self.incentivesLabel.setText(QCoreApplication.translate("SurveySettingsDialog", u"&Incentives:", None))
#if QT_CONFIG(accessibility)
        self.incentivesEdit.setAccessibleName(QCoreApplication.translate("SurveySettingsDialog", u"Incentives", None))
#endif // QT_CONFIG(accessibility)
        self.incentivesEdit.setPlaceholderText(QCoreApplication.translate("SurveySettingsDialog", u"e.g. Prize draw for a \u00a350 voucher, or None", None))
        self.allGroup.setTitle(QCoreApplication.translate("SurveySettingsDialog", u"All surveys", None))
        self.homesLabel.setText(QCoreApplication.translate("SurveySettingsDialog", u"&Homes you manage (for a survey that does not record its own):", None))
#if QT_CONFIG(accessibility)
        self.homesSpin.setAccessibleName(QCoreApplication.translate("SurveySettingsDialog", u"Number of homes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.homesSpin.setToolTip(QCoreApplication.translate("SurveySettingsDialog", u"Used for the responses needed and the intervals when a survey's relevant homes are not recorded", None))
#endif // QT_CONFIG(tooltip)
        self.homesSpin.setSpecialValueText(QCoreApplication.translate("SurveySettingsDialog", u"Not set", None))
        self.limitLabel.setText(QCoreApplication.translate("SurveySettingsDialog", u"&Largest spreadsheet to import:", None))
#if QT_CONFIG(accessibility)
        self.limitSpin.setAccessibleName(QCoreApplication.translate("SurveySettingsDialog", u"Largest spreadsheet to import, in megabytes", None))
#endif // QT_CONFIG(accessibility)
        self.limitSpin.setSuffix(QCoreApplication.translate("SurveySettingsDialog", u" MB", None))
        self.settingsNote.setText(QCoreApplication.translate("SurveySettingsDialog", u"Everything here is kept in the database, so everyone using it sees the same.", None))
        self.errorLabel.setText("")
        self.errorLabel.setStyleSheet(QCoreApplication.translate("SurveySettingsDialog", u"color: #b3261e;", None))
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("SurveySettingsDialog", u"Problem with the settings", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

