# Generated from forms/dashboard_page.ui (sha256 fc109ea3e5faf3f1fdc377b0463427a74e9a973f36b3244b3d67e16a7b47629d) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dashboard_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFrame, QGridLayout,
    QGroupBox, QHBoxLayout, QLabel, QScrollArea,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from engagement_desktop.gui.common.charts import BarChart

class Ui_DashboardPage(object):
    def setupUi(self, DashboardPage):
        if not DashboardPage.objectName():
            DashboardPage.setObjectName(u"DashboardPage")
        DashboardPage.resize(960, 720)
        self.pageLayout = QVBoxLayout(DashboardPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 4, 0, 0)
        self.periodLabel = QLabel(DashboardPage)
        self.periodLabel.setObjectName(u"periodLabel")
        self.periodLabel.setWordWrap(True)
        self.periodLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pageLayout.addWidget(self.periodLabel)

        self.scrollArea = QScrollArea(DashboardPage)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollArea.setWidgetResizable(True)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.contentsLayout = QVBoxLayout(self.scrollContents)
        self.contentsLayout.setObjectName(u"contentsLayout")
        self.contentsLayout.setContentsMargins(0, -1, 4, -1)
        self.headlineArea = QWidget(self.scrollContents)
        self.headlineArea.setObjectName(u"headlineArea")
        self.headlineGrid = QGridLayout(self.headlineArea)
        self.headlineGrid.setSpacing(8)
        self.headlineGrid.setObjectName(u"headlineGrid")
        self.headlineGrid.setContentsMargins(0, 0, 0, 0)

        self.contentsLayout.addWidget(self.headlineArea)

        self.monthBox = QGroupBox(self.scrollContents)
        self.monthBox.setObjectName(u"monthBox")
        self.monthLayout = QVBoxLayout(self.monthBox)
        self.monthLayout.setObjectName(u"monthLayout")
        self.monthChart = BarChart(self.monthBox)
        self.monthChart.setObjectName(u"monthChart")

        self.monthLayout.addWidget(self.monthChart)


        self.contentsLayout.addWidget(self.monthBox)

        self.lowerCharts = QHBoxLayout()
        self.lowerCharts.setSpacing(8)
        self.lowerCharts.setObjectName(u"lowerCharts")
        self.profileBox = QGroupBox(self.scrollContents)
        self.profileBox.setObjectName(u"profileBox")
        self.profileLayout = QVBoxLayout(self.profileBox)
        self.profileLayout.setObjectName(u"profileLayout")
        self.dimensionRow = QHBoxLayout()
        self.dimensionRow.setObjectName(u"dimensionRow")
        self.dimensionLabel = QLabel(self.profileBox)
        self.dimensionLabel.setObjectName(u"dimensionLabel")

        self.dimensionRow.addWidget(self.dimensionLabel)

        self.dimensionCombo = QComboBox(self.profileBox)
        self.dimensionCombo.setObjectName(u"dimensionCombo")

        self.dimensionRow.addWidget(self.dimensionCombo)

        self.dimensionSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dimensionRow.addItem(self.dimensionSpacer)


        self.profileLayout.addLayout(self.dimensionRow)

        self.profileChart = BarChart(self.profileBox)
        self.profileChart.setObjectName(u"profileChart")

        self.profileLayout.addWidget(self.profileChart)

        self.profileNote = QLabel(self.profileBox)
        self.profileNote.setObjectName(u"profileNote")
        self.profileNote.setWordWrap(True)

        self.profileLayout.addWidget(self.profileNote)


        self.lowerCharts.addWidget(self.profileBox)

        self.tsmBox = QGroupBox(self.scrollContents)
        self.tsmBox.setObjectName(u"tsmBox")
        self.tsmLayout = QVBoxLayout(self.tsmBox)
        self.tsmLayout.setObjectName(u"tsmLayout")
        self.tsmLabel = QLabel(self.tsmBox)
        self.tsmLabel.setObjectName(u"tsmLabel")
        self.tsmLabel.setWordWrap(True)

        self.tsmLayout.addWidget(self.tsmLabel)

        self.tsmChart = BarChart(self.tsmBox)
        self.tsmChart.setObjectName(u"tsmChart")

        self.tsmLayout.addWidget(self.tsmChart)


        self.lowerCharts.addWidget(self.tsmBox)


        self.contentsLayout.addLayout(self.lowerCharts)

        self.scrollArea.setWidget(self.scrollContents)

        self.pageLayout.addWidget(self.scrollArea)

#if QT_CONFIG(shortcut)
        self.dimensionLabel.setBuddy(self.dimensionCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DashboardPage)

        QMetaObject.connectSlotsByName(DashboardPage)
    # setupUi

    def retranslateUi(self, DashboardPage):
#if QT_CONFIG(accessibility)
        DashboardPage.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Dashboard", None))
#endif // QT_CONFIG(accessibility)
        self.periodLabel.setText(QCoreApplication.translate("DashboardPage", u"Reading the figures\u2026", None))
#if QT_CONFIG(accessibility)
        self.headlineArea.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Headline figures", None))
#endif // QT_CONFIG(accessibility)
        self.monthBox.setTitle(QCoreApplication.translate("DashboardPage", u"Attendance by month", None))
#if QT_CONFIG(accessibility)
        self.monthChart.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Attendance by month, this year and last year", None))
#endif // QT_CONFIG(accessibility)
        self.profileBox.setTitle(QCoreApplication.translate("DashboardPage", u"Who took part this year, against all customers", None))
        self.dimensionLabel.setText(QCoreApplication.translate("DashboardPage", u"Compare &by:", None))
#if QT_CONFIG(accessibility)
        self.dimensionCombo.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Compare who took part by", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.profileChart.setAccessibleName(QCoreApplication.translate("DashboardPage", u"People involved against all customers, per cent", None))
#endif // QT_CONFIG(accessibility)
        self.profileNote.setText("")
        self.tsmBox.setTitle(QCoreApplication.translate("DashboardPage", u"Satisfaction measures", None))
        self.tsmLabel.setText("")
#if QT_CONFIG(accessibility)
        self.tsmChart.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Satisfaction measures, per cent positive", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

