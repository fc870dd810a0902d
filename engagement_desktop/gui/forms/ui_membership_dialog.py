# Generated from forms/membership_dialog.ui (sha256 42b8b91c55f796f05b6c95739ad838f880a2265154e8a0fd645473929f6d7c23) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'membership_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_MembershipDialog(object):
    def setupUi(self, MembershipDialog):
        if not MembershipDialog.objectName():
            MembershipDialog.setObjectName(u"MembershipDialog")
        MembershipDialog.resize(560, 560)
        self.dialogLayout = QVBoxLayout(MembershipDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(MembershipDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.pickerArea = QWidget(MembershipDialog)
        self.pickerArea.setObjectName(u"pickerArea")
        self.pickerLayout = QVBoxLayout(self.pickerArea)
        self.pickerLayout.setObjectName(u"pickerLayout")
        self.pickerLayout.setContentsMargins(0, 0, 0, 0)
        self.personSearchLabel = QLabel(self.pickerArea)
        self.personSearchLabel.setObjectName(u"personSearchLabel")

        self.pickerLayout.addWidget(self.personSearchLabel)

        self.personSearch = QLineEdit(self.pickerArea)
        self.personSearch.setObjectName(u"personSearch")
        self.personSearch.setClearButtonEnabled(True)

        self.pickerLayout.addWidget(self.personSearch)

        self.personResults = QListWidget(self.pickerArea)
        self.personResults.setObjectName(u"personResults")
        self.personResults.setAlternatingRowColors(True)

        self.pickerLayout.addWidget(self.personResults)

        self.personHint = QLabel(self.pickerArea)
        self.personHint.setObjectName(u"personHint")
        self.personHint.setWordWrap(True)

        self.pickerLayout.addWidget(self.personHint)

        self.personError = QLabel(self.pickerArea)
        self.personError.setObjectName(u"personError")
        self.personError.setWordWrap(True)

        self.pickerLayout.addWidget(self.personError)


        self.dialogLayout.addWidget(self.pickerArea)

        self.termForm = QFormLayout()
        self.termForm.setObjectName(u"termForm")
        self.termForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.roleLabel = QLabel(MembershipDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.termForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(MembershipDialog)
        self.roleCombo.setObjectName(u"roleCombo")
        self.roleCombo.setEditable(False)

        self.termForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.roleError = QLabel(MembershipDialog)
        self.roleError.setObjectName(u"roleError")
        self.roleError.setWordWrap(True)

        self.termForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.roleError)

        self.constituencyLabel = QLabel(MembershipDialog)
        self.constituencyLabel.setObjectName(u"constituencyLabel")

        self.termForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.constituencyLabel)

        self.constituencyCombo = QComboBox(MembershipDialog)
        self.constituencyCombo.setObjectName(u"constituencyCombo")
        self.constituencyCombo.setEditable(True)

        self.termForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.constituencyCombo)

        self.constituencyError = QLabel(MembershipDialog)
        self.constituencyError.setObjectName(u"constituencyError")
        self.constituencyError.setWordWrap(True)

        self.termForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.constituencyError)

        self.termStartLabel = QLabel(MembershipDialog)
        self.termStartLabel.setObjectName(u"termStartLabel")

        self.termForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.termStartLabel)

        self.termStartEdit = QDateEdit(MembershipDialog)
        self.termStartEdit.setObjectName(u"termStartEdit")
        self.termStartEdit.setCalendarPopup(True)

        self.termForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.termStartEdit)

        self.termStartError = QLabel(MembershipDialog)
        self.termStartError.setObjectName(u"termStartError")
        self.termStartError.setWordWrap(True)

        self.termForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.termStartError)

        self.termEndCheck = QCheckBox(MembershipDialog)
        self.termEndCheck.setObjectName(u"termEndCheck")

        self.termForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.termEndCheck)

        self.termEndEdit = QDateEdit(MembershipDialog)
        self.termEndEdit.setObjectName(u"termEndEdit")
        self.termEndEdit.setCalendarPopup(True)

        self.termForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.termEndEdit)

        self.termEndError = QLabel(MembershipDialog)
        self.termEndError.setObjectName(u"termEndError")
        self.termEndError.setWordWrap(True)

        self.termForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.termEndError)

        self.leftOnCheck = QCheckBox(MembershipDialog)
        self.leftOnCheck.setObjectName(u"leftOnCheck")

        self.termForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.leftOnCheck)

        self.leftOnEdit = QDateEdit(MembershipDialog)
        self.leftOnEdit.setObjectName(u"leftOnEdit")
        self.leftOnEdit.setCalendarPopup(True)

        self.termForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.leftOnEdit)

        self.leftOnError = QLabel(MembershipDialog)
        self.leftOnError.setObjectName(u"leftOnError")
        self.leftOnError.setWordWrap(True)

        self.termForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.leftOnError)

        self.notesLabel = QLabel(MembershipDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.termForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QLineEdit(MembershipDialog)
        self.notesEdit.setObjectName(u"notesEdit")

        self.termForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.dialogLayout.addLayout(self.termForm)

        self.formError = QLabel(MembershipDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(MembershipDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.personSearchLabel.setBuddy(self.personSearch)
        self.roleLabel.setBuddy(self.roleCombo)
        self.constituencyLabel.setBuddy(self.constituencyCombo)
        self.termStartLabel.setBuddy(self.termStartEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.personSearch, self.personResults)
        QWidget.setTabOrder(self.personResults, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.constituencyCombo)
        QWidget.setTabOrder(self.constituencyCombo, self.termStartEdit)
        QWidget.setTabOrder(self.termStartEdit, self.termEndCheck)
        QWidget.setTabOrder(self.termEndCheck, self.termEndEdit)
        QWidget.setTabOrder(self.termEndEdit, self.leftOnCheck)
        QWidget.setTabOrder(self.leftOnCheck, self.leftOnEdit)
        QWidget.setTabOrder(self.leftOnEdit, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.buttonBox)

        self.retranslateUi(MembershipDialog)

        QMetaObject.connectSlotsByName(MembershipDialog)
    # setupUi

    def retranslateUi(self, MembershipDialog):
        MembershipDialog.setWindowTitle(QCoreApplication.translate("MembershipDialog", u"Member", None))
        self.introLabel.setText("")
        self.personSearchLabel.setText(QCoreApplication.translate("MembershipDialog", u"Find the &person (name, reference or postcode):", None))
#if QT_CONFIG(accessibility)
        self.personSearch.setAccessibleName(QCoreApplication.translate("MembershipDialog", u"Search for the person", None))
#endif // QT_CONFIG(accessibility)
        self.personSearch.setPlaceholderText(QCoreApplication.translate("MembershipDialog", u"Type a name, reference or postcode; Down arrow goes to the matches", None))
#if QT_CONFIG(accessibility)
        self.personResults.setAccessibleName(QCoreApplication.translate("MembershipDialog", u"Matching people", None))
#endif // QT_CONFIG(accessibility)
        self.personHint.setText("")
#if QT_CONFIG(accessibility)
        self.personHint.setAccessibleName(QCoreApplication.translate("MembershipDialog", u"Person chosen", None))
#endif // QT_CONFIG(accessibility)
        self.personError.setText("")
#if QT_CONFIG(accessibility)
        self.personError.setAccessibleName(QCoreApplication.translate("MembershipDialog", u"Error", None))
#endif // QT_CONFIG(accessibility)
        self.roleLabel.setText(QCoreApplication.translate("MembershipDialog", u"&Role:", None))
#if QT_CONFIG(accessibility)
        self.roleCombo.setAccessibleName(QCoreApplication.translate("MembershipDialog", u"Role", None))
#endif // QT_CONFIG(accessibility)
        self.roleError.setText("")
#if QT_CONFIG(accessibility)
        self.roleError.setAccessibleName(QCoreApplication.translate("MembershipDialog", u"Error", None))
#endif // QT_CONFIG(accessibility)
        self.constituencyLabel.setText(QCoreApplication.translate("MembershipDialog", u"Co&nstituency:", None))
#if QT_CONFIG(accessibility)
        self.constituencyCombo.setAccessibleName(QCoreApplication.translate("MembershipDialog", u"Constituency", None))
#endif // QT_CONFIG(accessibility)
        self.constituencyError.setText("")
#if QT_CONFIG(accessibility)
        self.constituencyError.setAccessibleName(QCoreApplication.translate("MembershipDialog", u"Error", None))
#endif // QT_CONFIG(accessibility)
        self.termStartLabel.setText(QCoreApplication.translate("MembershipDialog", u"Term &starts:", None))
#if QT_CONFIG(accessibility)
        self.termStartEdit.setAccessibleName(QCoreApplication.translate("MembershipDialog", u"Term starts", None))
#endif // QT_CONFIG(accessibility)
        self.termStartEdit.setDisplayFormat(QCoreApplication.translate("MembershipDialog", u"d MMM yyyy", None))
        self.termStartError.setText("")
#if QT_CONFIG(accessibility)
        self.termStartError.setAccessibleName(QCoreApplication.translate("MembershipDialog", u"Error", None))
#endif // QT_CONFIG(accessibility)
        self.termEndCheck.setText(QCoreApplication.translate("MembershipDialog", u"Term &ends:", None))
#if QT_CONFIG(accessibility)
        self.termEndCheck.setAccessibleName(QCoreApplication.translate("MembershipDialog", u"Term has an end date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.termEndCheck.setToolTip(QCoreApplication.translate("MembershipDialog", u"Untick for a term with no end date", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.termEndEdit.setAccessibleName(QCoreApplication.translate("MembershipDialog", u"Term ends", None))
#endif // QT_CONFIG(accessibility)
        self.termEndEdit.setDisplayFormat(QCoreApplication.translate("MembershipDialog", u"d MMM yyyy", None))
        self.termEndError.setText("")
#if QT_CONFIG(accessibility)
        self.termEndError.setAccessibleName(QCoreApplication.translate("MembershipDialog", u"Error", None))
#endif // QT_CONFIG(accessibility)
        self.leftOnCheck.setText(QCoreApplication.translate("MembershipDialog", u"&Left on:", None))
#if QT_CONFIG(accessibility)
        self.leftOnCheck.setAccessibleName(QCoreApplication.translate("MembershipDialog", u"Stood down", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.leftOnCheck.setToolTip(QCoreApplication.translate("MembershipDialog", u"Tick if the member stood down before the end of the term", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.leftOnEdit.setAccessibleName(QCoreApplication.translate("MembershipDialog", u"Left on", None))
#endif // QT_CONFIG(accessibility)
        self.leftOnEdit.setDisplayFormat(QCoreApplication.translate("MembershipDialog", u"d MMM yyyy", None))
        self.leftOnError.setText("")
#if QT_CONFIG(accessibility)
        self.leftOnError.setAccessibleName(QCoreApplication.translate("MembershipDialog", u"Error", None))
#endif // QT_CONFIG(accessibility)
        self.notesLabel.setText(QCoreApplication.translate("MembershipDialog", u"No&tes:", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("MembershipDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
        self.formError.setText("")
#if QT_CONFIG(accessibility)
        self.formError.setAccessibleName(QCoreApplication.translate("MembershipDialog", u"Error", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

