# Generated from forms/event_editor.ui (sha256 5b492f8029e73887f6ebd03f8c16a1f94dce82340c94e26cdf444ab5482be495) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'event_editor.ui'
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
    QDateEdit, QDialog, QDialogButtonBox, QDoubleSpinBox,
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTabWidget, QTableWidget, QTableWidgetItem, QTimeEdit,
    QVBoxLayout, QWidget)

class Ui_EventEditor(object):
    def setupUi(self, EventEditor):
        if not EventEditor.objectName():
            EventEditor.setObjectName(u"EventEditor")
        EventEditor.resize(760, 640)
        self.dialogLayout = QVBoxLayout(EventEditor)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.errorBanner = QLabel(EventEditor)
        self.errorBanner.setObjectName(u"errorBanner")
        self.errorBanner.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorBanner)

        self.tabs = QTabWidget(EventEditor)
        self.tabs.setObjectName(u"tabs")
        self.detailsTab = QWidget()
        self.detailsTab.setObjectName(u"detailsTab")
        self.detailsForm = QFormLayout(self.detailsTab)
        self.detailsForm.setObjectName(u"detailsForm")
        self.titleEditLabel = QLabel(self.detailsTab)
        self.titleEditLabel.setObjectName(u"titleEditLabel")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleEditLabel)

        self.titleEdit = QLineEdit(self.detailsTab)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(200)

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.typeComboLabel = QLabel(self.detailsTab)
        self.typeComboLabel.setObjectName(u"typeComboLabel")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.typeComboLabel)

        self.typeLayout = QHBoxLayout()
        self.typeLayout.setObjectName(u"typeLayout")
        self.typeCombo = QComboBox(self.detailsTab)
        self.typeCombo.setObjectName(u"typeCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.typeCombo.sizePolicy().hasHeightForWidth())
        self.typeCombo.setSizePolicy(sizePolicy)

        self.typeLayout.addWidget(self.typeCombo)

        self.editTypesButton = QPushButton(self.detailsTab)
        self.editTypesButton.setObjectName(u"editTypesButton")

        self.typeLayout.addWidget(self.editTypesButton)


        self.detailsForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.typeLayout)

        self.groupComboLabel = QLabel(self.detailsTab)
        self.groupComboLabel.setObjectName(u"groupComboLabel")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.groupComboLabel)

        self.groupCombo = QComboBox(self.detailsTab)
        self.groupCombo.setObjectName(u"groupCombo")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.groupCombo)

        self.dateEditLabel = QLabel(self.detailsTab)
        self.dateEditLabel.setObjectName(u"dateEditLabel")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dateEditLabel)

        self.dateEdit = QDateEdit(self.detailsTab)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.startTimeEditLabel = QLabel(self.detailsTab)
        self.startTimeEditLabel.setObjectName(u"startTimeEditLabel")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.startTimeEditLabel)

        self.timeLayout = QHBoxLayout()
        self.timeLayout.setObjectName(u"timeLayout")
        self.startTimeEdit = QTimeEdit(self.detailsTab)
        self.startTimeEdit.setObjectName(u"startTimeEdit")

        self.timeLayout.addWidget(self.startTimeEdit)

        self.endCheck = QCheckBox(self.detailsTab)
        self.endCheck.setObjectName(u"endCheck")
        self.endCheck.setChecked(True)

        self.timeLayout.addWidget(self.endCheck)

        self.endTimeEdit = QTimeEdit(self.detailsTab)
        self.endTimeEdit.setObjectName(u"endTimeEdit")

        self.timeLayout.addWidget(self.endTimeEdit)

        self.nextDayLabel = QLabel(self.detailsTab)
        self.nextDayLabel.setObjectName(u"nextDayLabel")

        self.timeLayout.addWidget(self.nextDayLabel)

        self.timeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.timeLayout.addItem(self.timeSpacer)


        self.detailsForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.timeLayout)

        self.venueEditLabel = QLabel(self.detailsTab)
        self.venueEditLabel.setObjectName(u"venueEditLabel")

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.venueEditLabel)

        self.venueEdit = QLineEdit(self.detailsTab)
        self.venueEdit.setObjectName(u"venueEdit")
        self.venueEdit.setMaxLength(200)

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.venueEdit)

        self.onlineEditLabel = QLabel(self.detailsTab)
        self.onlineEditLabel.setObjectName(u"onlineEditLabel")

        self.detailsForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.onlineEditLabel)

        self.onlineEdit = QLineEdit(self.detailsTab)
        self.onlineEdit.setObjectName(u"onlineEdit")
        self.onlineEdit.setMaxLength(500)

        self.detailsForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.onlineEdit)

        self.areaComboLabel = QLabel(self.detailsTab)
        self.areaComboLabel.setObjectName(u"areaComboLabel")

        self.detailsForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.areaComboLabel)

        self.areaCombo = QComboBox(self.detailsTab)
        self.areaCombo.setObjectName(u"areaCombo")

        self.detailsForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.areaCombo)

        self.statusComboLabel = QLabel(self.detailsTab)
        self.statusComboLabel.setObjectName(u"statusComboLabel")

        self.detailsForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.statusComboLabel)

        self.statusCombo = QComboBox(self.detailsTab)
        self.statusCombo.setObjectName(u"statusCombo")

        self.detailsForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.topicsListLabel = QLabel(self.detailsTab)
        self.topicsListLabel.setObjectName(u"topicsListLabel")

        self.detailsForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.topicsListLabel)

        self.topicsList = QListWidget(self.detailsTab)
        self.topicsList.setObjectName(u"topicsList")

        self.detailsForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.topicsList)

        self.tabs.addTab(self.detailsTab, "")
        self.inviteTab = QWidget()
        self.inviteTab.setObjectName(u"inviteTab")
        self.inviteLayout = QVBoxLayout(self.inviteTab)
        self.inviteLayout.setObjectName(u"inviteLayout")
        self.invitedLabel = QLabel(self.inviteTab)
        self.invitedLabel.setObjectName(u"invitedLabel")
        self.invitedLabel.setWordWrap(True)

        self.inviteLayout.addWidget(self.invitedLabel)

        self.inviteButtons = QHBoxLayout()
        self.inviteButtons.setObjectName(u"inviteButtons")
        self.inviteGroupButton = QPushButton(self.inviteTab)
        self.inviteGroupButton.setObjectName(u"inviteGroupButton")

        self.inviteButtons.addWidget(self.inviteGroupButton)

        self.invitePeopleButton = QPushButton(self.inviteTab)
        self.invitePeopleButton.setObjectName(u"invitePeopleButton")

        self.inviteButtons.addWidget(self.invitePeopleButton)

        self.inviteTopicsButton = QPushButton(self.inviteTab)
        self.inviteTopicsButton.setObjectName(u"inviteTopicsButton")

        self.inviteButtons.addWidget(self.inviteTopicsButton)

        self.inviteSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.inviteButtons.addItem(self.inviteSpacer)


        self.inviteLayout.addLayout(self.inviteButtons)

        self.needsBox = QGroupBox(self.inviteTab)
        self.needsBox.setObjectName(u"needsBox")
        self.needsLayout = QVBoxLayout(self.needsBox)
        self.needsLayout.setObjectName(u"needsLayout")
        self.needsLabel = QLabel(self.needsBox)
        self.needsLabel.setObjectName(u"needsLabel")
        self.needsLabel.setWordWrap(True)
        self.needsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.needsLayout.addWidget(self.needsLabel)


        self.inviteLayout.addWidget(self.needsBox)

        self.blockedBox = QGroupBox(self.inviteTab)
        self.blockedBox.setObjectName(u"blockedBox")
        self.blockedLayout = QVBoxLayout(self.blockedBox)
        self.blockedLayout.setObjectName(u"blockedLayout")
        self.blockedList = QListWidget(self.blockedBox)
        self.blockedList.setObjectName(u"blockedList")

        self.blockedLayout.addWidget(self.blockedList)


        self.inviteLayout.addWidget(self.blockedBox)

        self.registerLayout = QHBoxLayout()
        self.registerLayout.setObjectName(u"registerLayout")
        self.registerButton = QPushButton(self.inviteTab)
        self.registerButton.setObjectName(u"registerButton")

        self.registerLayout.addWidget(self.registerButton)

        self.checkinButton = QPushButton(self.inviteTab)
        self.checkinButton.setObjectName(u"checkinButton")

        self.registerLayout.addWidget(self.checkinButton)

        self.registerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.registerLayout.addItem(self.registerSpacer)


        self.inviteLayout.addLayout(self.registerLayout)

        self.tabs.addTab(self.inviteTab, "")
        self.costsTab = QWidget()
        self.costsTab.setObjectName(u"costsTab")
        self.costsLayout = QVBoxLayout(self.costsTab)
        self.costsLayout.setObjectName(u"costsLayout")
        self.costsIntro = QLabel(self.costsTab)
        self.costsIntro.setObjectName(u"costsIntro")
        self.costsIntro.setWordWrap(True)

        self.costsLayout.addWidget(self.costsIntro)

        self.costsTable = QTableWidget(self.costsTab)
        self.costsTable.setObjectName(u"costsTable")

        self.costsLayout.addWidget(self.costsTable)

        self.staffForm = QFormLayout()
        self.staffForm.setObjectName(u"staffForm")
        self.staffHoursSpinLabel = QLabel(self.costsTab)
        self.staffHoursSpinLabel.setObjectName(u"staffHoursSpinLabel")

        self.staffForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.staffHoursSpinLabel)

        self.staffHoursSpin = QDoubleSpinBox(self.costsTab)
        self.staffHoursSpin.setObjectName(u"staffHoursSpin")
        self.staffHoursSpin.setDecimals(2)
        self.staffHoursSpin.setMaximum(2000.000000000000000)
        self.staffHoursSpin.setSingleStep(0.250000000000000)

        self.staffForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.staffHoursSpin)

        self.hourlyRateSpinLabel = QLabel(self.costsTab)
        self.hourlyRateSpinLabel.setObjectName(u"hourlyRateSpinLabel")

        self.staffForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.hourlyRateSpinLabel)

        self.hourlyRateSpin = QDoubleSpinBox(self.costsTab)
        self.hourlyRateSpin.setObjectName(u"hourlyRateSpin")
        self.hourlyRateSpin.setDecimals(2)
        self.hourlyRateSpin.setMaximum(1000.000000000000000)
        self.hourlyRateSpin.setGroupSeparatorShown(True)

        self.staffForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.hourlyRateSpin)

        self.staffCostLabelLabel = QLabel(self.costsTab)
        self.staffCostLabelLabel.setObjectName(u"staffCostLabelLabel")

        self.staffForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.staffCostLabelLabel)

        self.staffCostLabel = QLabel(self.costsTab)
        self.staffCostLabel.setObjectName(u"staffCostLabel")

        self.staffForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.staffCostLabel)

        self.totalCostLabelLabel = QLabel(self.costsTab)
        self.totalCostLabelLabel.setObjectName(u"totalCostLabelLabel")

        self.staffForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.totalCostLabelLabel)

        self.totalCostLabel = QLabel(self.costsTab)
        self.totalCostLabel.setObjectName(u"totalCostLabel")

        self.staffForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.totalCostLabel)


        self.costsLayout.addLayout(self.staffForm)

        self.tabs.addTab(self.costsTab, "")
        self.notesTab = QWidget()
        self.notesTab.setObjectName(u"notesTab")
        self.notesLayout = QVBoxLayout(self.notesTab)
        self.notesLayout.setObjectName(u"notesLayout")
        self.notesLabel = QLabel(self.notesTab)
        self.notesLabel.setObjectName(u"notesLabel")

        self.notesLayout.addWidget(self.notesLabel)

        self.notesEdit = QPlainTextEdit(self.notesTab)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.notesLayout.addWidget(self.notesEdit)

        self.outcomesLabel = QLabel(self.notesTab)
        self.outcomesLabel.setObjectName(u"outcomesLabel")

        self.notesLayout.addWidget(self.outcomesLabel)

        self.outcomesEdit = QPlainTextEdit(self.notesTab)
        self.outcomesEdit.setObjectName(u"outcomesEdit")
        self.outcomesEdit.setTabChangesFocus(True)

        self.notesLayout.addWidget(self.outcomesEdit)

        self.logLayout = QHBoxLayout()
        self.logLayout.setObjectName(u"logLayout")
        self.logOutcomeButton = QPushButton(self.notesTab)
        self.logOutcomeButton.setObjectName(u"logOutcomeButton")

        self.logLayout.addWidget(self.logOutcomeButton)

        self.loggedLabel = QLabel(self.notesTab)
        self.loggedLabel.setObjectName(u"loggedLabel")
        self.loggedLabel.setWordWrap(True)

        self.logLayout.addWidget(self.loggedLabel)

        self.logSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.logLayout.addItem(self.logSpacer)


        self.notesLayout.addLayout(self.logLayout)

        self.tabs.addTab(self.notesTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.buttonBox = QDialogButtonBox(EventEditor)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleEditLabel.setBuddy(self.titleEdit)
        self.typeComboLabel.setBuddy(self.typeCombo)
        self.groupComboLabel.setBuddy(self.groupCombo)
        self.dateEditLabel.setBuddy(self.dateEdit)
        self.startTimeEditLabel.setBuddy(self.startTimeEdit)
        self.venueEditLabel.setBuddy(self.venueEdit)
        self.onlineEditLabel.setBuddy(self.onlineEdit)
        self.areaComboLabel.setBuddy(self.areaCombo)
        self.statusComboLabel.setBuddy(self.statusCombo)
        self.topicsListLabel.setBuddy(self.topicsList)
        self.staffHoursSpinLabel.setBuddy(self.staffHoursSpin)
        self.hourlyRateSpinLabel.setBuddy(self.hourlyRateSpin)
        self.staffCostLabelLabel.setBuddy(self.staffCostLabel)
        self.totalCostLabelLabel.setBuddy(self.totalCostLabel)
        self.notesLabel.setBuddy(self.notesEdit)
        self.outcomesLabel.setBuddy(self.outcomesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.typeCombo)
        QWidget.setTabOrder(self.typeCombo, self.editTypesButton)
        QWidget.setTabOrder(self.editTypesButton, self.groupCombo)
        QWidget.setTabOrder(self.groupCombo, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.startTimeEdit)
        QWidget.setTabOrder(self.startTimeEdit, self.endCheck)
        QWidget.setTabOrder(self.endCheck, self.endTimeEdit)
        QWidget.setTabOrder(self.endTimeEdit, self.venueEdit)
        QWidget.setTabOrder(self.venueEdit, self.onlineEdit)
        QWidget.setTabOrder(self.onlineEdit, self.areaCombo)
        QWidget.setTabOrder(self.areaCombo, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.topicsList)

        self.retranslateUi(EventEditor)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(EventEditor)
    # setupUi

    def retranslateUi(self, EventEditor):
        EventEditor.setWindowTitle(QCoreApplication.translate("EventEditor", u"Event", None))
        self.errorBanner.setText("")
#if QT_CONFIG(accessibility)
        self.errorBanner.setAccessibleName(QCoreApplication.translate("EventEditor", u"Problems to correct", None))
#endif // QT_CONFIG(accessibility)
        self.titleEditLabel.setText(QCoreApplication.translate("EventEditor", u"&Title:", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("EventEditor", u"Title", None))
#endif // QT_CONFIG(accessibility)
        self.typeComboLabel.setText(QCoreApplication.translate("EventEditor", u"T&ype:", None))
#if QT_CONFIG(accessibility)
        self.typeCombo.setAccessibleName(QCoreApplication.translate("EventEditor", u"Event type", None))
#endif // QT_CONFIG(accessibility)
        self.editTypesButton.setText(QCoreApplication.translate("EventEditor", u"Edit type&s\u2026", None))
#if QT_CONFIG(tooltip)
        self.editTypesButton.setToolTip(QCoreApplication.translate("EventEditor", u"Add, rename or retire event types", None))
#endif // QT_CONFIG(tooltip)
        self.groupComboLabel.setText(QCoreApplication.translate("EventEditor", u"&Group:", None))
#if QT_CONFIG(accessibility)
        self.groupCombo.setAccessibleName(QCoreApplication.translate("EventEditor", u"Group", None))
#endif // QT_CONFIG(accessibility)
        self.dateEditLabel.setText(QCoreApplication.translate("EventEditor", u"D&ate:", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("EventEditor", u"Date", None))
#endif // QT_CONFIG(accessibility)
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("EventEditor", u"ddd d MMM yyyy", None))
        self.startTimeEditLabel.setText(QCoreApplication.translate("EventEditor", u"Ti&me:", None))
        self.startTimeEdit.setDisplayFormat(QCoreApplication.translate("EventEditor", u"HH:mm", None))
#if QT_CONFIG(accessibility)
        self.startTimeEdit.setAccessibleName(QCoreApplication.translate("EventEditor", u"Start time", None))
#endif // QT_CONFIG(accessibility)
        self.endCheck.setText(QCoreApplication.translate("EventEditor", u"&ends at", None))
#if QT_CONFIG(accessibility)
        self.endCheck.setAccessibleName(QCoreApplication.translate("EventEditor", u"Has an end time", None))
#endif // QT_CONFIG(accessibility)
        self.endTimeEdit.setDisplayFormat(QCoreApplication.translate("EventEditor", u"HH:mm", None))
#if QT_CONFIG(accessibility)
        self.endTimeEdit.setAccessibleName(QCoreApplication.translate("EventEditor", u"End time", None))
#endif // QT_CONFIG(accessibility)
        self.nextDayLabel.setText(QCoreApplication.translate("EventEditor", u"the next day", None))
#if QT_CONFIG(tooltip)
        self.nextDayLabel.setToolTip(QCoreApplication.translate("EventEditor", u"An end time earlier than the start is the next morning (an event past midnight).", None))
#endif // QT_CONFIG(tooltip)
        self.venueEditLabel.setText(QCoreApplication.translate("EventEditor", u"&Venue:", None))
#if QT_CONFIG(accessibility)
        self.venueEdit.setAccessibleName(QCoreApplication.translate("EventEditor", u"Venue", None))
#endif // QT_CONFIG(accessibility)
        self.venueEdit.setPlaceholderText(QCoreApplication.translate("EventEditor", u"e.g. Meadowbank Community Centre", None))
        self.onlineEditLabel.setText(QCoreApplication.translate("EventEditor", u"Online lin&k:", None))
#if QT_CONFIG(accessibility)
        self.onlineEdit.setAccessibleName(QCoreApplication.translate("EventEditor", u"Online link", None))
#endif // QT_CONFIG(accessibility)
        self.onlineEdit.setPlaceholderText(QCoreApplication.translate("EventEditor", u"For webinars and online meetings", None))
        self.areaComboLabel.setText(QCoreApplication.translate("EventEditor", u"Estate / a&rea:", None))
#if QT_CONFIG(accessibility)
        self.areaCombo.setAccessibleName(QCoreApplication.translate("EventEditor", u"Estate or area", None))
#endif // QT_CONFIG(accessibility)
        self.statusComboLabel.setText(QCoreApplication.translate("EventEditor", u"Stat&us:", None))
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("EventEditor", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.topicsListLabel.setText(QCoreApplication.translate("EventEditor", u"To&pics:", None))
#if QT_CONFIG(accessibility)
        self.topicsList.setAccessibleName(QCoreApplication.translate("EventEditor", u"Topics", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.topicsList.setToolTip(QCoreApplication.translate("EventEditor", u"Tick the topics this event is about (Space ticks)", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.detailsTab), QCoreApplication.translate("EventEditor", u"&Details", None))
        self.invitedLabel.setText("")
        self.inviteGroupButton.setText(QCoreApplication.translate("EventEditor", u"Invite a &group\u2026", None))
        self.invitePeopleButton.setText(QCoreApplication.translate("EventEditor", u"Invite p&eople\u2026", None))
        self.inviteTopicsButton.setText(QCoreApplication.translate("EventEditor", u"Invite everyone interested in these t&opics", None))
        self.needsBox.setTitle(QCoreApplication.translate("EventEditor", u"Support needs of those invited", None))
        self.needsLabel.setText("")
#if QT_CONFIG(accessibility)
        self.needsLabel.setAccessibleName(QCoreApplication.translate("EventEditor", u"Support needs", None))
#endif // QT_CONFIG(accessibility)
        self.blockedBox.setTitle(QCoreApplication.translate("EventEditor", u"May not be contacted", None))
#if QT_CONFIG(accessibility)
        self.blockedList.setAccessibleName(QCoreApplication.translate("EventEditor", u"People who may not be contacted", None))
#endif // QT_CONFIG(accessibility)
        self.registerButton.setText(QCoreApplication.translate("EventEditor", u"Attendance &register\u2026", None))
        self.checkinButton.setText(QCoreApplication.translate("EventEditor", u"Chec&k-in mode\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.inviteTab), QCoreApplication.translate("EventEditor", u"&Invitations", None))
        self.costsIntro.setText(QCoreApplication.translate("EventEditor", u"Amounts in pounds, e.g. 45 or 22.50. Leave a line blank if it cost nothing.", None))
#if QT_CONFIG(accessibility)
        self.costsTable.setAccessibleName(QCoreApplication.translate("EventEditor", u"Cost lines", None))
#endif // QT_CONFIG(accessibility)
        self.staffHoursSpinLabel.setText(QCoreApplication.translate("EventEditor", u"Staff &hours:", None))
#if QT_CONFIG(accessibility)
        self.staffHoursSpin.setAccessibleName(QCoreApplication.translate("EventEditor", u"Staff hours", None))
#endif // QT_CONFIG(accessibility)
        self.hourlyRateSpinLabel.setText(QCoreApplication.translate("EventEditor", u"Hourly &rate:", None))
        self.hourlyRateSpin.setPrefix(QCoreApplication.translate("EventEditor", u"\u00a3", None))
#if QT_CONFIG(accessibility)
        self.hourlyRateSpin.setAccessibleName(QCoreApplication.translate("EventEditor", u"Staff hourly rate", None))
#endif // QT_CONFIG(accessibility)
        self.staffCostLabelLabel.setText(QCoreApplication.translate("EventEditor", u"Staff cost:", None))
        self.staffCostLabel.setText("")
#if QT_CONFIG(accessibility)
        self.staffCostLabel.setAccessibleName(QCoreApplication.translate("EventEditor", u"Staff cost", None))
#endif // QT_CONFIG(accessibility)
        self.totalCostLabelLabel.setText(QCoreApplication.translate("EventEditor", u"Total cost:", None))
        self.totalCostLabel.setText("")
#if QT_CONFIG(accessibility)
        self.totalCostLabel.setAccessibleName(QCoreApplication.translate("EventEditor", u"Total cost", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.costsTab), QCoreApplication.translate("EventEditor", u"&Costs", None))
        self.notesLabel.setText(QCoreApplication.translate("EventEditor", u"N&otes:", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("EventEditor", u"Notes", None))
#endif // QT_CONFIG(accessibility)
        self.outcomesLabel.setText(QCoreApplication.translate("EventEditor", u"What came o&ut of it:", None))
#if QT_CONFIG(accessibility)
        self.outcomesEdit.setAccessibleName(QCoreApplication.translate("EventEditor", u"Outcomes", None))
#endif // QT_CONFIG(accessibility)
        self.logOutcomeButton.setText(QCoreApplication.translate("EventEditor", u"&Log to you said, we did\u2026", None))
#if QT_CONFIG(tooltip)
        self.logOutcomeButton.setToolTip(QCoreApplication.translate("EventEditor", u"Add what people said to the 'you said, we did' register", None))
#endif // QT_CONFIG(tooltip)
        self.loggedLabel.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.notesTab), QCoreApplication.translate("EventEditor", u"&Notes and outcomes", None))
    # retranslateUi

