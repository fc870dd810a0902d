# Generated from forms/survey_settings.ui (sha256 7299193269be2102c00bffb5c9d535ea0c3ddfb6e7f3105502b6a0d37d4d6267) by engagement_desktop.gui.form_compiler - do not edit.
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_SurveySettingsDialog(object):
    def setupUi(self, SurveySettingsDialog):
        if not SurveySettingsDialog.objectName():
            SurveySettingsDialog.setObjectName(u"SurveySettingsDialog")
        SurveySettingsDialog.resize(460, 220)
        self.settingsLayout = QVBoxLayout(SurveySettingsDialog)
        self.settingsLayout.setObjectName(u"settingsLayout")
        self.settingsForm = QFormLayout()
        self.settingsForm.setObjectName(u"settingsForm")
        self.homesLabel = QLabel(SurveySettingsDialog)
        self.homesLabel.setObjectName(u"homesLabel")

        self.settingsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.homesLabel)

        self.homesSpin = QSpinBox(SurveySettingsDialog)
        self.homesSpin.setObjectName(u"homesSpin")
        self.homesSpin.setMaximum(10000000)
        self.homesSpin.setGroupSeparatorShown(True)

        self.settingsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.homesSpin)

        self.limitLabel = QLabel(SurveySettingsDialog)
        self.limitLabel.setObjectName(u"limitLabel")

        self.settingsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.limitLabel)

        self.limitSpin = QSpinBox(SurveySettingsDialog)
        self.limitSpin.setObjectName(u"limitSpin")
        self.limitSpin.setMinimum(1)
        self.limitSpin.setMaximum(2000)

        self.settingsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.limitSpin)


        self.settingsLayout.addLayout(self.settingsForm)

        self.settingsNote = QLabel(SurveySettingsDialog)
        self.settingsNote.setObjectName(u"settingsNote")
        self.settingsNote.setWordWrap(True)

        self.settingsLayout.addWidget(self.settingsNote)

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
        self.homesLabel.setBuddy(self.homesSpin)
        self.limitLabel.setBuddy(self.limitSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.homesSpin, self.limitSpin)
        QWidget.setTabOrder(self.limitSpin, self.buttonBox)

        self.retranslateUi(SurveySettingsDialog)

        QMetaObject.connectSlotsByName(SurveySettingsDialog)
    # setupUi

    def retranslateUi(self, SurveySettingsDialog):
        SurveySettingsDialog.setWindowTitle(QCoreApplication.translate("SurveySettingsDialog", u"Survey and import settings", None))
        self.homesLabel.setText(QCoreApplication.translate("SurveySettingsDialog", u"&Homes you manage:", None))
#if QT_CONFIG(accessibility)
        self.homesSpin.setAccessibleName(QCoreApplication.translate("SurveySettingsDialog", u"Number of homes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.homesSpin.setToolTip(QCoreApplication.translate("SurveySettingsDialog", u"Used for the sample size needed for \u00b14 points and the intervals", None))
#endif // QT_CONFIG(tooltip)
        self.homesSpin.setSpecialValueText(QCoreApplication.translate("SurveySettingsDialog", u"Not set", None))
        self.limitLabel.setText(QCoreApplication.translate("SurveySettingsDialog", u"&Largest spreadsheet to import:", None))
#if QT_CONFIG(accessibility)
        self.limitSpin.setAccessibleName(QCoreApplication.translate("SurveySettingsDialog", u"Largest spreadsheet to import, in megabytes", None))
#endif // QT_CONFIG(accessibility)
        self.limitSpin.setSuffix(QCoreApplication.translate("SurveySettingsDialog", u" MB", None))
        self.settingsNote.setText(QCoreApplication.translate("SurveySettingsDialog", u"Both are kept in the database, so everyone using it sees the same.", None))
        self.errorLabel.setText("")
        self.errorLabel.setStyleSheet(QCoreApplication.translate("SurveySettingsDialog", u"color: #b3261e;", None))
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("SurveySettingsDialog", u"Problem with the settings", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

