# Generated from forms/outcome_dialog.ui (sha256 bebd5f97466f8867a8f0c10c92e837f6ab92c764f38b16bdf1f068c21823735c) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'outcome_dialog.ui'
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
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_OutcomeDialog(object):
    def setupUi(self, OutcomeDialog):
        if not OutcomeDialog.objectName():
            OutcomeDialog.setObjectName(u"OutcomeDialog")
        OutcomeDialog.resize(940, 640)
        self.dialogLayout = QVBoxLayout(OutcomeDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.itemForm = QFormLayout()
        self.itemForm.setObjectName(u"itemForm")
        self.itemForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kindLabel = QLabel(OutcomeDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.itemForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(OutcomeDialog)
        self.kindCombo.setObjectName(u"kindCombo")
        self.kindCombo.setEditable(False)

        self.itemForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.raisedLabel = QLabel(OutcomeDialog)
        self.raisedLabel.setObjectName(u"raisedLabel")

        self.itemForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.raisedLabel)

        self.raisedEdit = QDateEdit(OutcomeDialog)
        self.raisedEdit.setObjectName(u"raisedEdit")
        self.raisedEdit.setCalendarPopup(True)

        self.itemForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.raisedEdit)

        self.raisedError = QLabel(OutcomeDialog)
        self.raisedError.setObjectName(u"raisedError")
        self.raisedError.setWordWrap(True)

        self.itemForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.raisedError)

        self.topicLabel = QLabel(OutcomeDialog)
        self.topicLabel.setObjectName(u"topicLabel")

        self.itemForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.topicLabel)

        self.topicCombo = QComboBox(OutcomeDialog)
        self.topicCombo.setObjectName(u"topicCombo")
        self.topicCombo.setEditable(False)

        self.itemForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.topicCombo)

        self.topicError = QLabel(OutcomeDialog)
        self.topicError.setObjectName(u"topicError")
        self.topicError.setWordWrap(True)

        self.itemForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.topicError)


        self.leftColumn.addLayout(self.itemForm)

        self.sourceBox = QGroupBox(OutcomeDialog)
        self.sourceBox.setObjectName(u"sourceBox")
        self.sourceForm = QFormLayout(self.sourceBox)
        self.sourceForm.setObjectName(u"sourceForm")
        self.sourceForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.sourceLabel = QLabel(self.sourceBox)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.sourceForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sourceLabel)

        self.sourceCombo = QComboBox(self.sourceBox)
        self.sourceCombo.setObjectName(u"sourceCombo")
        self.sourceCombo.setEditable(False)

        self.sourceForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sourceCombo)

        self.sourceSearchLabel = QLabel(self.sourceBox)
        self.sourceSearchLabel.setObjectName(u"sourceSearchLabel")

        self.sourceForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sourceSearchLabel)

        self.sourceSearch = QLineEdit(self.sourceBox)
        self.sourceSearch.setObjectName(u"sourceSearch")
        self.sourceSearch.setClearButtonEnabled(True)

        self.sourceForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sourceSearch)

        self.sourceResults = QListWidget(self.sourceBox)
        self.sourceResults.setObjectName(u"sourceResults")
        self.sourceResults.setAlternatingRowColors(True)

        self.sourceForm.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.sourceResults)

        self.sourceHint = QLabel(self.sourceBox)
        self.sourceHint.setObjectName(u"sourceHint")
        self.sourceHint.setWordWrap(True)

        self.sourceForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.sourceHint)

        self.sourceError = QLabel(self.sourceBox)
        self.sourceError.setObjectName(u"sourceError")
        self.sourceError.setWordWrap(True)

        self.sourceForm.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.sourceError)


        self.leftColumn.addWidget(self.sourceBox)

        self.askedLayout = QVBoxLayout()
        self.askedLayout.setSpacing(4)
        self.askedLayout.setObjectName(u"askedLayout")
        self.askedLabel = QLabel(OutcomeDialog)
        self.askedLabel.setObjectName(u"askedLabel")

        self.askedLayout.addWidget(self.askedLabel)

        self.askedEdit = QPlainTextEdit(OutcomeDialog)
        self.askedEdit.setObjectName(u"askedEdit")
        self.askedEdit.setTabChangesFocus(True)

        self.askedLayout.addWidget(self.askedEdit)

        self.askedError = QLabel(OutcomeDialog)
        self.askedError.setObjectName(u"askedError")
        self.askedError.setWordWrap(True)

        self.askedLayout.addWidget(self.askedError)


        self.leftColumn.addLayout(self.askedLayout)


        self.columns.addLayout(self.leftColumn)

        self.columnGap = QSpacerItem(16, 20, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.columns.addItem(self.columnGap)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.responseBox = QGroupBox(OutcomeDialog)
        self.responseBox.setObjectName(u"responseBox")
        self.responseForm = QFormLayout(self.responseBox)
        self.responseForm.setObjectName(u"responseForm")
        self.responseForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.responseLabel = QLabel(self.responseBox)
        self.responseLabel.setObjectName(u"responseLabel")

        self.responseForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.responseLabel)

        self.responseCombo = QComboBox(self.responseBox)
        self.responseCombo.setObjectName(u"responseCombo")
        self.responseCombo.setEditable(False)

        self.responseForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.responseCombo)

        self.reasonLabel = QLabel(self.responseBox)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.responseForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(self.responseBox)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)

        self.responseForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.reasonError = QLabel(self.responseBox)
        self.reasonError.setObjectName(u"reasonError")
        self.reasonError.setWordWrap(True)

        self.responseForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reasonError)


        self.rightColumn.addWidget(self.responseBox)

        self.actionBox = QGroupBox(OutcomeDialog)
        self.actionBox.setObjectName(u"actionBox")
        self.actionForm = QFormLayout(self.actionBox)
        self.actionForm.setObjectName(u"actionForm")
        self.actionForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.actionLabel = QLabel(self.actionBox)
        self.actionLabel.setObjectName(u"actionLabel")

        self.actionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.actionLabel)

        self.actionEdit = QPlainTextEdit(self.actionBox)
        self.actionEdit.setObjectName(u"actionEdit")
        self.actionEdit.setTabChangesFocus(True)

        self.actionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.actionEdit)

        self.actionError = QLabel(self.actionBox)
        self.actionError.setObjectName(u"actionError")
        self.actionError.setWordWrap(True)

        self.actionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.actionError)

        self.ownerLabel = QLabel(self.actionBox)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.actionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.ownerLabel)

        self.ownerCombo = QComboBox(self.actionBox)
        self.ownerCombo.setObjectName(u"ownerCombo")
        self.ownerCombo.setEditable(True)

        self.actionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.ownerCombo)

        self.ownerError = QLabel(self.actionBox)
        self.ownerError.setObjectName(u"ownerError")
        self.ownerError.setWordWrap(True)

        self.actionForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.ownerError)

        self.statusLabel = QLabel(self.actionBox)
        self.statusLabel.setObjectName(u"statusLabel")

        self.actionForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(self.actionBox)
        self.statusCombo.setObjectName(u"statusCombo")
        self.statusCombo.setEditable(False)

        self.actionForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.dueCheck = QCheckBox(self.actionBox)
        self.dueCheck.setObjectName(u"dueCheck")

        self.actionForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.dueCheck)

        self.dueEdit = QDateEdit(self.actionBox)
        self.dueEdit.setObjectName(u"dueEdit")
        self.dueEdit.setCalendarPopup(True)

        self.actionForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.dueEdit)

        self.dueError = QLabel(self.actionBox)
        self.dueError.setObjectName(u"dueError")
        self.dueError.setWordWrap(True)

        self.actionForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.dueError)

        self.completedCheck = QCheckBox(self.actionBox)
        self.completedCheck.setObjectName(u"completedCheck")

        self.actionForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.completedCheck)

        self.completedEdit = QDateEdit(self.actionBox)
        self.completedEdit.setObjectName(u"completedEdit")
        self.completedEdit.setCalendarPopup(True)

        self.actionForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.completedEdit)

        self.completedError = QLabel(self.actionBox)
        self.completedError.setObjectName(u"completedError")
        self.completedError.setWordWrap(True)

        self.actionForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.completedError)


        self.rightColumn.addWidget(self.actionBox)

        self.reportedBox = QGroupBox(OutcomeDialog)
        self.reportedBox.setObjectName(u"reportedBox")
        self.reportedForm = QFormLayout(self.reportedBox)
        self.reportedForm.setObjectName(u"reportedForm")
        self.reportedForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.reportedCheck = QCheckBox(self.reportedBox)
        self.reportedCheck.setObjectName(u"reportedCheck")

        self.reportedForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.reportedCheck)

        self.reportedOnLabel = QLabel(self.reportedBox)
        self.reportedOnLabel.setObjectName(u"reportedOnLabel")

        self.reportedForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reportedOnLabel)

        self.reportedOnEdit = QDateEdit(self.reportedBox)
        self.reportedOnEdit.setObjectName(u"reportedOnEdit")
        self.reportedOnEdit.setCalendarPopup(True)

        self.reportedForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reportedOnEdit)

        self.reportedOnError = QLabel(self.reportedBox)
        self.reportedOnError.setObjectName(u"reportedOnError")
        self.reportedOnError.setWordWrap(True)

        self.reportedForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reportedOnError)

        self.reportedHowLabel = QLabel(self.reportedBox)
        self.reportedHowLabel.setObjectName(u"reportedHowLabel")

        self.reportedForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reportedHowLabel)

        self.reportedHowCombo = QComboBox(self.reportedBox)
        self.reportedHowCombo.setObjectName(u"reportedHowCombo")
        self.reportedHowCombo.setEditable(True)

        self.reportedForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reportedHowCombo)

        self.reportedHowError = QLabel(self.reportedBox)
        self.reportedHowError.setObjectName(u"reportedHowError")
        self.reportedHowError.setWordWrap(True)

        self.reportedForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.reportedHowError)


        self.rightColumn.addWidget(self.reportedBox)


        self.columns.addLayout(self.rightColumn)

        self.columns.setStretch(0, 1)
        self.columns.setStretch(2, 1)

        self.dialogLayout.addLayout(self.columns)

        self.formError = QLabel(OutcomeDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(OutcomeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.raisedLabel.setBuddy(self.raisedEdit)
        self.topicLabel.setBuddy(self.topicCombo)
        self.sourceLabel.setBuddy(self.sourceCombo)
        self.sourceSearchLabel.setBuddy(self.sourceSearch)
        self.askedLabel.setBuddy(self.askedEdit)
        self.responseLabel.setBuddy(self.responseCombo)
        self.reasonLabel.setBuddy(self.reasonEdit)
        self.actionLabel.setBuddy(self.actionEdit)
        self.ownerLabel.setBuddy(self.ownerCombo)
        self.statusLabel.setBuddy(self.statusCombo)
        self.reportedOnLabel.setBuddy(self.reportedOnEdit)
        self.reportedHowLabel.setBuddy(self.reportedHowCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kindCombo, self.raisedEdit)
        QWidget.setTabOrder(self.raisedEdit, self.topicCombo)
        QWidget.setTabOrder(self.topicCombo, self.sourceCombo)
        QWidget.setTabOrder(self.sourceCombo, self.sourceSearch)
        QWidget.setTabOrder(self.sourceSearch, self.sourceResults)
        QWidget.setTabOrder(self.sourceResults, self.askedEdit)
        QWidget.setTabOrder(self.askedEdit, self.responseCombo)
        QWidget.setTabOrder(self.responseCombo, self.reasonEdit)
        QWidget.setTabOrder(self.reasonEdit, self.actionEdit)
        QWidget.setTabOrder(self.actionEdit, self.ownerCombo)
        QWidget.setTabOrder(self.ownerCombo, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.dueCheck)
        QWidget.setTabOrder(self.dueCheck, self.dueEdit)
        QWidget.setTabOrder(self.dueEdit, self.completedCheck)
        QWidget.setTabOrder(self.completedCheck, self.completedEdit)
        QWidget.setTabOrder(self.completedEdit, self.reportedCheck)
        QWidget.setTabOrder(self.reportedCheck, self.reportedOnEdit)
        QWidget.setTabOrder(self.reportedOnEdit, self.reportedHowCombo)
        QWidget.setTabOrder(self.reportedHowCombo, self.buttonBox)

        self.retranslateUi(OutcomeDialog)

        QMetaObject.connectSlotsByName(OutcomeDialog)
    # setupUi

    def retranslateUi(self, OutcomeDialog):
        OutcomeDialog.setWindowTitle(QCoreApplication.translate("OutcomeDialog", u"You said, we did", None))
        self.kindLabel.setText(QCoreApplication.translate("OutcomeDialog", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("OutcomeDialog", u"Kind: recommendation, feedback or idea", None))
#endif // QT_CONFIG(accessibility)
        self.raisedLabel.setText(QCoreApplication.translate("OutcomeDialog", u"Raised &on:", None))
#if QT_CONFIG(accessibility)
        self.raisedEdit.setAccessibleName(QCoreApplication.translate("OutcomeDialog", u"Raised on", None))
#endif // QT_CONFIG(accessibility)
        self.raisedEdit.setDisplayFormat(QCoreApplication.translate("OutcomeDialog", u"d MMM yyyy", None))
        self.raisedError.setText("")
#if QT_CONFIG(accessibility)
        self.raisedError.setAccessibleName(QCoreApplication.translate("OutcomeDialog", u"Error", None))
#endif // QT_CONFIG(accessibility)
        self.topicLabel.setText(QCoreApplication.translate("OutcomeDialog", u"To&pic:", None))
#if QT_CONFIG(accessibility)
        self.topicCombo.setAccessibleName(QCoreApplication.translate("OutcomeDialog", u"Topic", None))
#endif // QT_CONFIG(accessibility)
        self.topicError.setText("")
#if QT_CONFIG(accessibility)
        self.topicError.setAccessibleName(QCoreApplication.translate("OutcomeDialog", u"Error", None))
#endif // QT_CONFIG(accessibility)
        self.sourceBox.setTitle(QCoreApplication.translate("OutcomeDialog", u"Where it came from", None))
        self.sourceLabel.setText(QCoreApplication.translate("OutcomeDialog", u"&From:", None))
#if QT_CONFIG(accessibility)
        self.sourceCombo.setAccessibleName(QCoreApplication.translate("OutcomeDialog", u"Source: group, event, survey or individual", None))
#endif // QT_CONFIG(accessibility)
        self.sourceSearchLabel.setText(QCoreApplication.translate("OutcomeDialog", u"Look &up:", None))
#if QT_CONFIG(accessibility)
        self.sourceSearch.setAccessibleName(QCoreApplication.translate("OutcomeDialog", u"Search for the source", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sourceResults.setAccessibleName(QCoreApplication.translate("OutcomeDialog", u"Matching sources", None))
#endif // QT_CONFIG(accessibility)
        self.sourceHint.setText("")
#if QT_CONFIG(accessibility)
        self.sourceHint.setAccessibleName(QCoreApplication.translate("OutcomeDialog", u"Source chosen", None))
#endif // QT_CONFIG(accessibility)
        self.sourceError.setText("")
#if QT_CONFIG(accessibility)
        self.sourceError.setAccessibleName(QCoreApplication.translate("OutcomeDialog", u"Error", None))
#endif // QT_CONFIG(accessibility)
        self.askedLabel.setText(QCoreApplication.translate("OutcomeDialog", u"&You said (what was asked or suggested):", None))
#if QT_CONFIG(accessibility)
        self.askedEdit.setAccessibleName(QCoreApplication.translate("OutcomeDialog", u"You said", None))
#endif // QT_CONFIG(accessibility)
        self.askedEdit.setPlaceholderText(QCoreApplication.translate("OutcomeDialog", u"What customers asked for, in their words", None))
        self.askedError.setText("")
#if QT_CONFIG(accessibility)
        self.askedError.setAccessibleName(QCoreApplication.translate("OutcomeDialog", u"Error", None))
#endif // QT_CONFIG(accessibility)
        self.responseBox.setTitle(QCoreApplication.translate("OutcomeDialog", u"Our response", None))
        self.responseLabel.setText(QCoreApplication.translate("OutcomeDialog", u"&Response:", None))
#if QT_CONFIG(accessibility)
        self.responseCombo.setAccessibleName(QCoreApplication.translate("OutcomeDialog", u"Response", None))
#endif // QT_CONFIG(accessibility)
        self.reasonLabel.setText(QCoreApplication.translate("OutcomeDialog", u"Reaso&ns:", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("OutcomeDialog", u"Reasons for the response", None))
#endif // QT_CONFIG(accessibility)
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("OutcomeDialog", u"Why it was declined or only partly accepted", None))
        self.reasonError.setText("")
#if QT_CONFIG(accessibility)
        self.reasonError.setAccessibleName(QCoreApplication.translate("OutcomeDialog", u"Error", None))
#endif // QT_CONFIG(accessibility)
        self.actionBox.setTitle(QCoreApplication.translate("OutcomeDialog", u"We did", None))
        self.actionLabel.setText(QCoreApplication.translate("OutcomeDialog", u"&Action:", None))
#if QT_CONFIG(accessibility)
        self.actionEdit.setAccessibleName(QCoreApplication.translate("OutcomeDialog", u"Action: what we did or will do", None))
#endif // QT_CONFIG(accessibility)
        self.actionEdit.setPlaceholderText(QCoreApplication.translate("OutcomeDialog", u"The service change made or planned", None))
        self.actionError.setText("")
#if QT_CONFIG(accessibility)
        self.actionError.setAccessibleName(QCoreApplication.translate("OutcomeDialog", u"Error", None))
#endif // QT_CONFIG(accessibility)
        self.ownerLabel.setText(QCoreApplication.translate("OutcomeDialog", u"O&wner:", None))
#if QT_CONFIG(accessibility)
        self.ownerCombo.setAccessibleName(QCoreApplication.translate("OutcomeDialog", u"Owner: who is doing it", None))
#endif // QT_CONFIG(accessibility)
        self.ownerError.setText("")
#if QT_CONFIG(accessibility)
        self.ownerError.setAccessibleName(QCoreApplication.translate("OutcomeDialog", u"Error", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText(QCoreApplication.translate("OutcomeDialog", u"S&tatus:", None))
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("OutcomeDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.dueCheck.setText(QCoreApplication.translate("OutcomeDialog", u"&Due by:", None))
#if QT_CONFIG(accessibility)
        self.dueCheck.setAccessibleName(QCoreApplication.translate("OutcomeDialog", u"Has a due date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dueEdit.setAccessibleName(QCoreApplication.translate("OutcomeDialog", u"Due by", None))
#endif // QT_CONFIG(accessibility)
        self.dueEdit.setDisplayFormat(QCoreApplication.translate("OutcomeDialog", u"d MMM yyyy", None))
        self.dueError.setText("")
#if QT_CONFIG(accessibility)
        self.dueError.setAccessibleName(QCoreApplication.translate("OutcomeDialog", u"Error", None))
#endif // QT_CONFIG(accessibility)
        self.completedCheck.setText(QCoreApplication.translate("OutcomeDialog", u"Co&mpleted on:", None))
#if QT_CONFIG(accessibility)
        self.completedCheck.setAccessibleName(QCoreApplication.translate("OutcomeDialog", u"Completed", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.completedEdit.setAccessibleName(QCoreApplication.translate("OutcomeDialog", u"Completed on", None))
#endif // QT_CONFIG(accessibility)
        self.completedEdit.setDisplayFormat(QCoreApplication.translate("OutcomeDialog", u"d MMM yyyy", None))
        self.completedError.setText("")
#if QT_CONFIG(accessibility)
        self.completedError.setAccessibleName(QCoreApplication.translate("OutcomeDialog", u"Error", None))
#endif // QT_CONFIG(accessibility)
        self.reportedBox.setTitle(QCoreApplication.translate("OutcomeDialog", u"Closing the loop", None))
        self.reportedCheck.setText(QCoreApplication.translate("OutcomeDialog", u"Reported &back to the people involved", None))
#if QT_CONFIG(accessibility)
        self.reportedCheck.setAccessibleName(QCoreApplication.translate("OutcomeDialog", u"Reported back to the people involved", None))
#endif // QT_CONFIG(accessibility)
        self.reportedOnLabel.setText(QCoreApplication.translate("OutcomeDialog", u"Wh&en:", None))
#if QT_CONFIG(accessibility)
        self.reportedOnEdit.setAccessibleName(QCoreApplication.translate("OutcomeDialog", u"Reported back on", None))
#endif // QT_CONFIG(accessibility)
        self.reportedOnEdit.setDisplayFormat(QCoreApplication.translate("OutcomeDialog", u"d MMM yyyy", None))
        self.reportedOnError.setText("")
#if QT_CONFIG(accessibility)
        self.reportedOnError.setAccessibleName(QCoreApplication.translate("OutcomeDialog", u"Error", None))
#endif // QT_CONFIG(accessibility)
        self.reportedHowLabel.setText(QCoreApplication.translate("OutcomeDialog", u"&How:", None))
#if QT_CONFIG(accessibility)
        self.reportedHowCombo.setAccessibleName(QCoreApplication.translate("OutcomeDialog", u"How it was reported back", None))
#endif // QT_CONFIG(accessibility)
        self.reportedHowError.setText("")
#if QT_CONFIG(accessibility)
        self.reportedHowError.setAccessibleName(QCoreApplication.translate("OutcomeDialog", u"Error", None))
#endif // QT_CONFIG(accessibility)
        self.formError.setText("")
#if QT_CONFIG(accessibility)
        self.formError.setAccessibleName(QCoreApplication.translate("OutcomeDialog", u"Error", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

