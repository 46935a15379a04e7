/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The public API of libkinerja, display-free. */

#pragma once

#include "kn-cascade.h"
#include "kn-chart.h"
#include "kn-chart-data.h"
#include "kn-document.h"
#include "kn-report-data.h"
#include "kn-employee.h"
#include "kn-enums.h"
#include "kn-evaluation.h"
#include "kn-export.h"
#include "kn-format.h"
#include "kn-i18n.h"
#include "kn-indicator.h"
#include "kn-nip.h"
#include "kn-org-unit.h"
#include "kn-period.h"
#include "kn-plan-enums.h"
#include "kn-plan-result.h"
#include "kn-plan.h"
#include "kn-rank.h"
#include "kn-rules.h"
#include "kn-store.h"
#include "kn-store-survey.h"
