# Generated from forms/settings_dialog.ui (sha256 a096191e5beba92c81470adb421ff6f3cd41871beb9422e2b8e107be04d6bbfe) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
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
    QDoubleSpinBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(560, 520)
        self.dialogLayout = QVBoxLayout(SettingsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(SettingsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formError = QLabel(SettingsDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.organisationBox = QGroupBox(SettingsDialog)
        self.organisationBox.setObjectName(u"organisationBox")
        self.organisationForm = QFormLayout(self.organisationBox)
        self.organisationForm.setObjectName(u"organisationForm")
        self.organisationForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.landlordLabel = QLabel(self.organisationBox)
        self.landlordLabel.setObjectName(u"landlordLabel")

        self.organisationForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.landlordLabel)

        self.landlordEdit = QLineEdit(self.organisationBox)
        self.landlordEdit.setObjectName(u"landlordEdit")

        self.organisationForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.landlordEdit)

        self.officerLabel = QLabel(self.organisationBox)
        self.officerLabel.setObjectName(u"officerLabel")

        self.organisationForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.officerLabel)

        self.officerEdit = QLineEdit(self.organisationBox)
        self.officerEdit.setObjectName(u"officerEdit")

        self.organisationForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.officerEdit)

        self.logoLabel = QLabel(self.organisationBox)
        self.logoLabel.setObjectName(u"logoLabel")

        self.organisationForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.logoLabel)

        self.logoEdit = QLineEdit(self.organisationBox)
        self.logoEdit.setObjectName(u"logoEdit")

        self.organisationForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.logoEdit)

        self.logoRow = QHBoxLayout()
        self.logoRow.setObjectName(u"logoRow")
        self.browseButton = QPushButton(self.organisationBox)
        self.browseButton.setObjectName(u"browseButton")

        self.logoRow.addWidget(self.browseButton)

        self.noLogoButton = QPushButton(self.organisationBox)
        self.noLogoButton.setObjectName(u"noLogoButton")

        self.logoRow.addWidget(self.noLogoButton)

        self.logoPreview = QLabel(self.organisationBox)
        self.logoPreview.setObjectName(u"logoPreview")

        self.logoRow.addWidget(self.logoPreview)

        self.logoSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.logoRow.addItem(self.logoSpacer)


        self.organisationForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.logoRow)

        self.homesLabel = QLabel(self.organisationBox)
        self.homesLabel.setObjectName(u"homesLabel")

        self.organisationForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.homesLabel)

        self.homesSpin = QSpinBox(self.organisationBox)
        self.homesSpin.setObjectName(u"homesSpin")
        self.homesSpin.setMaximum(10000000)
        self.homesSpin.setGroupSeparatorShown(True)

        self.organisationForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.homesSpin)


        self.dialogLayout.addWidget(self.organisationBox)

        self.yearsBox = QGroupBox(SettingsDialog)
        self.yearsBox.setObjectName(u"yearsBox")
        self.yearsForm = QFormLayout(self.yearsBox)
        self.yearsForm.setObjectName(u"yearsForm")
        self.yearsForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.reportStartLabel = QLabel(self.yearsBox)
        self.reportStartLabel.setObjectName(u"reportStartLabel")

        self.yearsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reportStartLabel)

        self.reportStartEdit = QLineEdit(self.yearsBox)
        self.reportStartEdit.setObjectName(u"reportStartEdit")

        self.yearsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reportStartEdit)

        self.schemeStartLabel = QLabel(self.yearsBox)
        self.schemeStartLabel.setObjectName(u"schemeStartLabel")

        self.yearsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.schemeStartLabel)

        self.schemeStartEdit = QLineEdit(self.yearsBox)
        self.schemeStartEdit.setObjectName(u"schemeStartEdit")

        self.yearsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.schemeStartEdit)


        self.dialogLayout.addWidget(self.yearsBox)

        self.profileBox = QGroupBox(SettingsDialog)
        self.profileBox.setObjectName(u"profileBox")
        self.profileForm = QFormLayout(self.profileBox)
        self.profileForm.setObjectName(u"profileForm")
        self.profileForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.thresholdLabel = QLabel(self.profileBox)
        self.thresholdLabel.setObjectName(u"thresholdLabel")

        self.profileForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.thresholdLabel)

        self.thresholdSpin = QDoubleSpinBox(self.profileBox)
        self.thresholdSpin.setObjectName(u"thresholdSpin")
        self.thresholdSpin.setDecimals(1)
        self.thresholdSpin.setMinimum(0.500000000000000)
        self.thresholdSpin.setMaximum(50.000000000000000)
        self.thresholdSpin.setSingleStep(0.500000000000000)

        self.profileForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.thresholdSpin)

        self.minimumLabel = QLabel(self.profileBox)
        self.minimumLabel.setObjectName(u"minimumLabel")

        self.profileForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.minimumLabel)

        self.minimumSpin = QSpinBox(self.profileBox)
        self.minimumSpin.setObjectName(u"minimumSpin")
        self.minimumSpin.setMinimum(2)
        self.minimumSpin.setMaximum(100)

        self.profileForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.minimumSpin)


        self.dialogLayout.addWidget(self.profileBox)

        self.dialogSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.landlordLabel.setBuddy(self.landlordEdit)
        self.officerLabel.setBuddy(self.officerEdit)
        self.logoLabel.setBuddy(self.logoEdit)
        self.homesLabel.setBuddy(self.homesSpin)
        self.reportStartLabel.setBuddy(self.reportStartEdit)
        self.schemeStartLabel.setBuddy(self.schemeStartEdit)
        self.thresholdLabel.setBuddy(self.thresholdSpin)
        self.minimumLabel.setBuddy(self.minimumSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.landlordEdit, self.officerEdit)
        QWidget.setTabOrder(self.officerEdit, self.logoEdit)
        QWidget.setTabOrder(self.logoEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.noLogoButton)
        QWidget.setTabOrder(self.noLogoButton, self.homesSpin)
        QWidget.setTabOrder(self.homesSpin, self.reportStartEdit)
        QWidget.setTabOrder(self.reportStartEdit, self.schemeStartEdit)
        QWidget.setTabOrder(self.schemeStartEdit, self.thresholdSpin)
        QWidget.setTabOrder(self.thresholdSpin, self.minimumSpin)

        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
        self.introLabel.setText(QCoreApplication.translate("SettingsDialog", u"These settings belong to this database, so everyone who uses it gets the same reports. Only the You tab is kept on this computer.", None))
        self.formError.setText("")
        self.organisationBox.setTitle(QCoreApplication.translate("SettingsDialog", u"Your organisation", None))
        self.landlordLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Landlord name:", None))
#if QT_CONFIG(accessibility)
        self.landlordEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Landlord name", None))
#endif // QT_CONFIG(accessibility)
        self.landlordEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"As it should appear on reports and letters", None))
        self.officerLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Officer's name:", None))
#if QT_CONFIG(accessibility)
        self.officerEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Officer's name", None))
#endif // QT_CONFIG(accessibility)
        self.officerEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"Who prepares the reports, as on their covers", None))
        self.logoLabel.setText(QCoreApplication.translate("SettingsDialog", u"L&ogo file:", None))
#if QT_CONFIG(accessibility)
        self.logoEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Logo file", None))
#endif // QT_CONFIG(accessibility)
        self.logoEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"No logo: the cover shows the name only", None))
#if QT_CONFIG(tooltip)
        self.logoEdit.setToolTip(QCoreApplication.translate("SettingsDialog", u"A PNG or JPEG picture for the report cover. The program reads it from where it is, so keep it there.", None))
#endif // QT_CONFIG(tooltip)
        self.browseButton.setText(QCoreApplication.translate("SettingsDialog", u"&Browse\u2026", None))
#if QT_CONFIG(tooltip)
        self.browseButton.setToolTip(QCoreApplication.translate("SettingsDialog", u"Choose the logo picture", None))
#endif // QT_CONFIG(tooltip)
        self.noLogoButton.setText(QCoreApplication.translate("SettingsDialog", u"No lo&go", None))
#if QT_CONFIG(tooltip)
        self.noLogoButton.setToolTip(QCoreApplication.translate("SettingsDialog", u"Print covers without a logo", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.logoPreview.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Logo preview", None))
#endif // QT_CONFIG(accessibility)
        self.logoPreview.setText("")
        self.homesLabel.setText(QCoreApplication.translate("SettingsDialog", u"Number of &homes:", None))
#if QT_CONFIG(accessibility)
        self.homesSpin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Number of homes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.homesSpin.setToolTip(QCoreApplication.translate("SettingsDialog", u"Homes you let or manage; used for the survey results' confidence intervals and the sample needed", None))
#endif // QT_CONFIG(tooltip)
        self.yearsBox.setTitle(QCoreApplication.translate("SettingsDialog", u"Years", None))
        self.reportStartLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Report year starts on:", None))
#if QT_CONFIG(accessibility)
        self.reportStartEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Report year starts on, day and month", None))
#endif // QT_CONFIG(accessibility)
        self.reportStartEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"A day and month, e.g. 1 April", None))
#if QT_CONFIG(tooltip)
        self.reportStartEdit.setToolTip(QCoreApplication.translate("SettingsDialog", u"The first day of the year the Involvement Impact Assessment covers, as a day and month (e.g. 1 April)", None))
#endif // QT_CONFIG(tooltip)
        self.schemeStartLabel.setText(QCoreApplication.translate("SettingsDialog", u"Reward s&cheme year starts on:", None))
#if QT_CONFIG(accessibility)
        self.schemeStartEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Reward scheme year starts on, day and month", None))
#endif // QT_CONFIG(accessibility)
        self.schemeStartEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"A day and month, e.g. 1 April", None))
#if QT_CONFIG(tooltip)
        self.schemeStartEdit.setToolTip(QCoreApplication.translate("SettingsDialog", u"The first day of the reward points year (statements and the year end), as a day and month (e.g. 1 April)", None))
#endif // QT_CONFIG(tooltip)
        self.profileBox.setTitle(QCoreApplication.translate("SettingsDialog", u"Who took part (impact assessment)", None))
        self.thresholdLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Under-represented at:", None))
#if QT_CONFIG(accessibility)
        self.thresholdSpin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Under-represented at, points below all customers", None))
#endif // QT_CONFIG(accessibility)
        self.thresholdSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" points below", None))
#if QT_CONFIG(tooltip)
        self.thresholdSpin.setToolTip(QCoreApplication.translate("SettingsDialog", u"A group is flagged when its share of the people involved is this many percentage points or more below its share of all customers", None))
#endif // QT_CONFIG(tooltip)
        self.minimumLabel.setText(QCoreApplication.translate("SettingsDialog", u"Small-number &minimum:", None))
#if QT_CONFIG(accessibility)
        self.minimumSpin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Small-number minimum", None))
#endif // QT_CONFIG(accessibility)
        self.minimumSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" people", None))
#if QT_CONFIG(tooltip)
        self.minimumSpin.setToolTip(QCoreApplication.translate("SettingsDialog", u"Groups smaller than this are shown as \u201cfewer than \u2026\u201d, never as exact numbers, so nobody can be identified", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

