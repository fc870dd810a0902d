# Generated from forms/training_record_dialog.ui (sha256 ea3d2e7dfe2e34a955cc8e3ed2ddbb0615582f2a3c05c84146ef5ce0e2b63c5d) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'training_record_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from engagement_desktop.gui.training.person_picker import PersonPicker

class Ui_TrainingRecordDialog(object):
    def setupUi(self, TrainingRecordDialog):
        if not TrainingRecordDialog.objectName():
            TrainingRecordDialog.setObjectName(u"TrainingRecordDialog")
        TrainingRecordDialog.resize(600, 640)
        self.dialogLayout = QVBoxLayout(TrainingRecordDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.personLabel = QLabel(TrainingRecordDialog)
        self.personLabel.setObjectName(u"personLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.personEdit = PersonPicker(TrainingRecordDialog)
        self.personEdit.setObjectName(u"personEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.personEdit)

        self.personError = QLabel(TrainingRecordDialog)
        self.personError.setObjectName(u"personError")
        self.personError.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.personError)

        self.courseLabel = QLabel(TrainingRecordDialog)
        self.courseLabel.setObjectName(u"courseLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.courseLabel)

        self.courseCombo = QComboBox(TrainingRecordDialog)
        self.courseCombo.setObjectName(u"courseCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.courseCombo)

        self.courseError = QLabel(TrainingRecordDialog)
        self.courseError.setObjectName(u"courseError")
        self.courseError.setWordWrap(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.courseError)

        self.statusLabel = QLabel(TrainingRecordDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(TrainingRecordDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.statusError = QLabel(TrainingRecordDialog)
        self.statusError.setObjectName(u"statusError")
        self.statusError.setWordWrap(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.statusError)

        self.dateLabel = QLabel(TrainingRecordDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QLineEdit(TrainingRecordDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setMaximumSize(QSize(140, 16777215))

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.dateError = QLabel(TrainingRecordDialog)
        self.dateError.setObjectName(u"dateError")
        self.dateError.setWordWrap(True)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.dateError)

        self.expiryLabel = QLabel(TrainingRecordDialog)
        self.expiryLabel.setObjectName(u"expiryLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.expiryLabel)

        self.expiryValue = QLabel(TrainingRecordDialog)
        self.expiryValue.setObjectName(u"expiryValue")
        self.expiryValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.expiryValue)

        self.certificateRefLabel = QLabel(TrainingRecordDialog)
        self.certificateRefLabel.setObjectName(u"certificateRefLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.certificateRefLabel)

        self.certificateRefEdit = QLineEdit(TrainingRecordDialog)
        self.certificateRefEdit.setObjectName(u"certificateRefEdit")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.certificateRefEdit)

        self.certificateRefError = QLabel(TrainingRecordDialog)
        self.certificateRefError.setObjectName(u"certificateRefError")
        self.certificateRefError.setWordWrap(True)

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.certificateRefError)

        self.certificateFileLabel = QLabel(TrainingRecordDialog)
        self.certificateFileLabel.setObjectName(u"certificateFileLabel")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.certificateFileLabel)

        self.certificateLayout = QHBoxLayout()
        self.certificateLayout.setObjectName(u"certificateLayout")
        self.certificateValue = QLabel(TrainingRecordDialog)
        self.certificateValue.setObjectName(u"certificateValue")

        self.certificateLayout.addWidget(self.certificateValue)

        self.certificateSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.certificateLayout.addItem(self.certificateSpacer)

        self.attachButton = QPushButton(TrainingRecordDialog)
        self.attachButton.setObjectName(u"attachButton")

        self.certificateLayout.addWidget(self.attachButton)

        self.openCertificateButton = QPushButton(TrainingRecordDialog)
        self.openCertificateButton.setObjectName(u"openCertificateButton")

        self.certificateLayout.addWidget(self.openCertificateButton)


        self.formLayout.setLayout(11, QFormLayout.ItemRole.FieldRole, self.certificateLayout)

        self.certificateFileError = QLabel(TrainingRecordDialog)
        self.certificateFileError.setObjectName(u"certificateFileError")
        self.certificateFileError.setWordWrap(True)

        self.formLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.certificateFileError)

        self.conferenceBox = QGroupBox(TrainingRecordDialog)
        self.conferenceBox.setObjectName(u"conferenceBox")
        self.conferenceLayout = QFormLayout(self.conferenceBox)
        self.conferenceLayout.setObjectName(u"conferenceLayout")
        self.conferenceLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.briefedLabel = QLabel(self.conferenceBox)
        self.briefedLabel.setObjectName(u"briefedLabel")

        self.conferenceLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.briefedLabel)

        self.briefedEdit = QLineEdit(self.conferenceBox)
        self.briefedEdit.setObjectName(u"briefedEdit")
        self.briefedEdit.setMaximumSize(QSize(140, 16777215))

        self.conferenceLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.briefedEdit)

        self.briefedError = QLabel(self.conferenceBox)
        self.briefedError.setObjectName(u"briefedError")
        self.briefedError.setWordWrap(True)

        self.conferenceLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.briefedError)

        self.objectivesLabel = QLabel(self.conferenceBox)
        self.objectivesLabel.setObjectName(u"objectivesLabel")

        self.conferenceLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.objectivesLabel)

        self.objectivesEdit = QPlainTextEdit(self.conferenceBox)
        self.objectivesEdit.setObjectName(u"objectivesEdit")
        self.objectivesEdit.setMinimumSize(QSize(0, 50))
        self.objectivesEdit.setMaximumSize(QSize(16777215, 100))
        self.objectivesEdit.setTabChangesFocus(True)

        self.conferenceLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.objectivesEdit)

        self.feedbackDateLabel = QLabel(self.conferenceBox)
        self.feedbackDateLabel.setObjectName(u"feedbackDateLabel")

        self.conferenceLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.feedbackDateLabel)

        self.feedbackDateEdit = QLineEdit(self.conferenceBox)
        self.feedbackDateEdit.setObjectName(u"feedbackDateEdit")
        self.feedbackDateEdit.setMaximumSize(QSize(140, 16777215))

        self.conferenceLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.feedbackDateEdit)

        self.feedbackDateError = QLabel(self.conferenceBox)
        self.feedbackDateError.setObjectName(u"feedbackDateError")
        self.feedbackDateError.setWordWrap(True)

        self.conferenceLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.feedbackDateError)

        self.feedbackLabel = QLabel(self.conferenceBox)
        self.feedbackLabel.setObjectName(u"feedbackLabel")

        self.conferenceLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.feedbackLabel)

        self.feedbackEdit = QPlainTextEdit(self.conferenceBox)
        self.feedbackEdit.setObjectName(u"feedbackEdit")
        self.feedbackEdit.setMinimumSize(QSize(0, 50))
        self.feedbackEdit.setMaximumSize(QSize(16777215, 100))
        self.feedbackEdit.setTabChangesFocus(True)

        self.conferenceLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.feedbackEdit)


        self.formLayout.setWidget(13, QFormLayout.ItemRole.SpanningRole, self.conferenceBox)

        self.notesLabel = QLabel(TrainingRecordDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(14, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(TrainingRecordDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMinimumSize(QSize(0, 40))
        self.notesEdit.setMaximumSize(QSize(16777215, 80))
        self.notesEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(14, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.bottomSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.formError = QLabel(TrainingRecordDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(TrainingRecordDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.personLabel.setBuddy(self.personEdit)
        self.courseLabel.setBuddy(self.courseCombo)
        self.statusLabel.setBuddy(self.statusCombo)
        self.dateLabel.setBuddy(self.dateEdit)
        self.certificateRefLabel.setBuddy(self.certificateRefEdit)
        self.briefedLabel.setBuddy(self.briefedEdit)
        self.objectivesLabel.setBuddy(self.objectivesEdit)
        self.feedbackDateLabel.setBuddy(self.feedbackDateEdit)
        self.feedbackLabel.setBuddy(self.feedbackEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.personEdit, self.courseCombo)
        QWidget.setTabOrder(self.courseCombo, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.certificateRefEdit)
        QWidget.setTabOrder(self.certificateRefEdit, self.attachButton)
        QWidget.setTabOrder(self.attachButton, self.openCertificateButton)
        QWidget.setTabOrder(self.openCertificateButton, self.briefedEdit)
        QWidget.setTabOrder(self.briefedEdit, self.objectivesEdit)
        QWidget.setTabOrder(self.objectivesEdit, self.feedbackDateEdit)
        QWidget.setTabOrder(self.feedbackDateEdit, self.feedbackEdit)
        QWidget.setTabOrder(self.feedbackEdit, self.notesEdit)

        self.retranslateUi(TrainingRecordDialog)

        QMetaObject.connectSlotsByName(TrainingRecordDialog)
    # setupUi

    def retranslateUi(self, TrainingRecordDialog):
        TrainingRecordDialog.setWindowTitle(QCoreApplication.translate("TrainingRecordDialog", u"Training record", None))
        self.personLabel.setText(QCoreApplication.translate("TrainingRecordDialog", u"&Person:", None))
#if QT_CONFIG(accessibility)
        self.personEdit.setAccessibleName(QCoreApplication.translate("TrainingRecordDialog", u"Person", None))
#endif // QT_CONFIG(accessibility)
        self.personError.setText("")
        self.courseLabel.setText(QCoreApplication.translate("TrainingRecordDialog", u"&Course:", None))
#if QT_CONFIG(accessibility)
        self.courseCombo.setAccessibleName(QCoreApplication.translate("TrainingRecordDialog", u"Course", None))
#endif // QT_CONFIG(accessibility)
        self.courseError.setText("")
        self.statusLabel.setText(QCoreApplication.translate("TrainingRecordDialog", u"St&atus:", None))
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("TrainingRecordDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.statusError.setText("")
        self.dateLabel.setText(QCoreApplication.translate("TrainingRecordDialog", u"&Date:", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("TrainingRecordDialog", u"Date", None))
#endif // QT_CONFIG(accessibility)
        self.dateEdit.setPlaceholderText(QCoreApplication.translate("TrainingRecordDialog", u"dd/mm/yyyy", None))
#if QT_CONFIG(tooltip)
        self.dateEdit.setToolTip(QCoreApplication.translate("TrainingRecordDialog", u"A date such as 03/11/2026", None))
#endif // QT_CONFIG(tooltip)
        self.dateError.setText("")
        self.expiryLabel.setText(QCoreApplication.translate("TrainingRecordDialog", u"Runs out:", None))
        self.expiryValue.setText("")
#if QT_CONFIG(accessibility)
        self.expiryValue.setAccessibleName(QCoreApplication.translate("TrainingRecordDialog", u"Runs out (worked out from the course)", None))
#endif // QT_CONFIG(accessibility)
        self.certificateRefLabel.setText(QCoreApplication.translate("TrainingRecordDialog", u"Certificate &reference:", None))
#if QT_CONFIG(accessibility)
        self.certificateRefEdit.setAccessibleName(QCoreApplication.translate("TrainingRecordDialog", u"Certificate reference", None))
#endif // QT_CONFIG(accessibility)
        self.certificateRefError.setText("")
        self.certificateFileLabel.setText(QCoreApplication.translate("TrainingRecordDialog", u"Certificate file:", None))
        self.certificateValue.setText(QCoreApplication.translate("TrainingRecordDialog", u"None attached", None))
#if QT_CONFIG(accessibility)
        self.certificateValue.setAccessibleName(QCoreApplication.translate("TrainingRecordDialog", u"Certificate file", None))
#endif // QT_CONFIG(accessibility)
        self.attachButton.setText(QCoreApplication.translate("TrainingRecordDialog", u"A&ttach certificate\u2026", None))
        self.openCertificateButton.setText(QCoreApplication.translate("TrainingRecordDialog", u"Open c&ertificate", None))
        self.certificateFileError.setText("")
        self.conferenceBox.setTitle(QCoreApplication.translate("TrainingRecordDialog", u"Conference: briefing before, feedback form after", None))
        self.briefedLabel.setText(QCoreApplication.translate("TrainingRecordDialog", u"&Briefed on:", None))
#if QT_CONFIG(accessibility)
        self.briefedEdit.setAccessibleName(QCoreApplication.translate("TrainingRecordDialog", u"Briefed on", None))
#endif // QT_CONFIG(accessibility)
        self.briefedEdit.setPlaceholderText(QCoreApplication.translate("TrainingRecordDialog", u"dd/mm/yyyy", None))
#if QT_CONFIG(tooltip)
        self.briefedEdit.setToolTip(QCoreApplication.translate("TrainingRecordDialog", u"A date such as 03/11/2026", None))
#endif // QT_CONFIG(tooltip)
        self.briefedError.setText("")
        self.objectivesLabel.setText(QCoreApplication.translate("TrainingRecordDialog", u"Ob&jectives:", None))
#if QT_CONFIG(accessibility)
        self.objectivesEdit.setAccessibleName(QCoreApplication.translate("TrainingRecordDialog", u"Objectives of the briefing", None))
#endif // QT_CONFIG(accessibility)
        self.feedbackDateLabel.setText(QCoreApplication.translate("TrainingRecordDialog", u"&Feedback form received:", None))
#if QT_CONFIG(accessibility)
        self.feedbackDateEdit.setAccessibleName(QCoreApplication.translate("TrainingRecordDialog", u"Feedback form received on", None))
#endif // QT_CONFIG(accessibility)
        self.feedbackDateEdit.setPlaceholderText(QCoreApplication.translate("TrainingRecordDialog", u"dd/mm/yyyy", None))
#if QT_CONFIG(tooltip)
        self.feedbackDateEdit.setToolTip(QCoreApplication.translate("TrainingRecordDialog", u"A date such as 03/11/2026", None))
#endif // QT_CONFIG(tooltip)
        self.feedbackDateError.setText("")
        self.feedbackLabel.setText(QCoreApplication.translate("TrainingRecordDialog", u"Feedbac&k:", None))
#if QT_CONFIG(accessibility)
        self.feedbackEdit.setAccessibleName(QCoreApplication.translate("TrainingRecordDialog", u"Feedback from the form", None))
#endif // QT_CONFIG(accessibility)
        self.notesLabel.setText(QCoreApplication.translate("TrainingRecordDialog", u"&Notes:", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("TrainingRecordDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
        self.formError.setText("")
    # retranslateUi

