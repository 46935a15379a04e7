/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The base of the dialogs that add questionnaires to a survey (kn-skm-dialog.h). */

#define G_LOG_DOMAIN "kn-skm-dialog"

#include "config.h"

#include "kn-skm-dialog.h"

typedef struct
{
  KnStore *store;    /* owned */
  gint64   unit_id;
  char    *period;   /* owned */
} KnSkmDialogPrivate;

enum
{
  SIGNAL_IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_TYPE_WITH_PRIVATE (KnSkmDialog, kn_skm_dialog, ADW_TYPE_WINDOW)

static void
kn_skm_dialog_dispose (GObject *object)
{
  KnSkmDialogPrivate *priv = kn_skm_dialog_get_instance_private (KN_SKM_DIALOG (object));

  g_clear_object (&priv->store);

  G_OBJECT_CLASS (kn_skm_dialog_parent_class)->dispose (object);
}

static void
kn_skm_dialog_finalize (GObject *object)
{
  KnSkmDialogPrivate *priv = kn_skm_dialog_get_instance_private (KN_SKM_DIALOG (object));

  g_free (priv->period);

  G_OBJECT_CLASS (kn_skm_dialog_parent_class)->finalize (object);
}

static void
kn_skm_dialog_class_init (KnSkmDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kn_skm_dialog_dispose;
  object_class->finalize = kn_skm_dialog_finalize;

  signals[SIGNAL_IMPORTED] = g_signal_new ("imported", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                           G_TYPE_NONE, 0);
}

static void
kn_skm_dialog_init (KnSkmDialog *self)
{
}

void
kn_skm_dialog_set_target (KnSkmDialog *self,
                          KnStore     *store,
                          gint64       unit_id,
                          const char  *period)
{
  KnSkmDialogPrivate *priv = kn_skm_dialog_get_instance_private (self);

  g_return_if_fail (KN_IS_SKM_DIALOG (self));
  g_return_if_fail (KN_IS_STORE (store));
  g_return_if_fail (period != NULL);

  g_set_object (&priv->store, store);
  priv->unit_id = unit_id;
  g_free (priv->period);
  priv->period = g_strdup (period);
}

KnStore *
kn_skm_dialog_get_store (KnSkmDialog *self)
{
  KnSkmDialogPrivate *priv = kn_skm_dialog_get_instance_private (self);

  g_return_val_if_fail (KN_IS_SKM_DIALOG (self), NULL);
  return priv->store;
}

gint64
kn_skm_dialog_get_unit_id (KnSkmDialog *self)
{
  KnSkmDialogPrivate *priv = kn_skm_dialog_get_instance_private (self);

  g_return_val_if_fail (KN_IS_SKM_DIALOG (self), 0);
  return priv->unit_id;
}

const char *
kn_skm_dialog_get_period (KnSkmDialog *self)
{
  KnSkmDialogPrivate *priv = kn_skm_dialog_get_instance_private (self);

  g_return_val_if_fail (KN_IS_SKM_DIALOG (self), NULL);
  return priv->period;
}

gboolean
kn_skm_dialog_save (KnSkmDialog *self,
                    KnSkmSurvey *survey,
                    GtkLabel    *summary_label)
{
  KnSkmDialogPrivate *priv = kn_skm_dialog_get_instance_private (self);
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (KN_IS_SKM_DIALOG (self), FALSE);
  g_return_val_if_fail (survey != NULL, FALSE);
  g_return_val_if_fail (GTK_IS_LABEL (summary_label), FALSE);

  survey->unit_id = priv->unit_id;
  g_free (survey->period);
  survey->period = g_strdup (priv->period);
  if (!kn_store_save_survey (priv->store, survey, &error))
    {
      gtk_label_set_text (summary_label, error->message);
      return FALSE;
    }
  g_signal_emit (self, signals[SIGNAL_IMPORTED], 0);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}
