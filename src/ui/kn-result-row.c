/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One RHK in the SKP editor: its text, the superior's RHK it supports, and its IKI. */

#define G_LOG_DOMAIN "kn-result-row"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kn-chooser.h"
#include "kn-indicator-row.h"
#include "kn-message-dialog.h"
#include "kn-result-row.h"

struct _KnResultRow
{
  AdwExpanderRow  parent_instance;

  KnStore        *store;            /* owned */
  KnPlan         *plan;             /* owned */
  KnPlanResult   *result;           /* owned */
  GArray         *parent_ids;       /* owned: gint64 per parent_chooser item; 0 = none */
  GPtrArray      *indicator_rows;   /* owned refs */
  GtkWidget      *add_row;          /* the "add IKI" row, nullable */
  gboolean        editable;

  GtkMenuButton  *menu_button;
  AdwEntryRow    *text_row;
  AdwActionRow   *parent_row;
  KnChooser      *parent_chooser;
};

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (KnResultRow, kn_result_row, ADW_TYPE_EXPANDER_ROW)

static void
emit_changed (KnResultRow *self)
{
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

static void
update_header (KnResultRow *self)
{
  const char *text = kn_plan_result_get_text (self->result);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (kn_plan_result_get_indicators (self->result)));
  g_autofree char *escaped = g_markup_escape_text (text[0] != '\0' ? text : _("(no text yet)"), -1);
  g_autofree char *subtitle = NULL;
  const char *parent = kn_plan_result_get_parent_text (self->result);
  g_autofree char *iki = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u IKI", "%u IKI", n), n);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), escaped);

  if (kn_plan_get_jpt (self->plan))
    subtitle = g_strdup (iki);
  else if (kn_plan_result_get_parent_id (self->result) != 0 && parent != NULL)
    subtitle = g_strdup_printf (_("%s · supports: %s"), iki, parent);
  else
    subtitle = g_strdup_printf (_("%s · supports no superior RHK yet"), iki);

  {
    g_autofree char *escaped_subtitle = g_markup_escape_text (subtitle, -1);

    adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), escaped_subtitle);
  }
}

static void
on_indicator_changed_cb (KnIndicatorRow *row,
                         KnResultRow    *self)
{
  emit_changed (self);
}

static void
on_indicator_remove_cb (KnIndicatorRow *row,
                        KnResultRow    *self)
{
  GListStore *indicators = kn_plan_result_get_indicators (self->result);
  guint position;

  if (g_list_store_find (indicators, kn_indicator_row_get_indicator (row), &position))
    g_list_store_remove (indicators, position);
}

static void
on_indicator_move_up_cb (KnIndicatorRow *row,
                         KnResultRow    *self)
{
  GListStore *indicators = kn_plan_result_get_indicators (self->result);
  g_autoptr(KnIndicator) indicator = g_object_ref (kn_indicator_row_get_indicator (row));
  guint position;

  if (!g_list_store_find (indicators, indicator, &position) || position == 0)
    return;

  g_list_store_remove (indicators, position);
  g_list_store_insert (indicators, position - 1, indicator);
}

static void
on_add_indicator_clicked_cb (GtkButton   *button,
                             KnResultRow *self)
{
  kn_result_row_add_indicator (self);
}

static void
rebuild_indicators (KnResultRow *self)
{
  GListModel *indicators = G_LIST_MODEL (kn_plan_result_get_indicators (self->result));
  gboolean qualitative = kn_plan_get_approach (self->plan) == KN_PLAN_APPROACH_QUALITATIVE;

  for (guint i = 0; i < self->indicator_rows->len; i++)
    adw_expander_row_remove (ADW_EXPANDER_ROW (self), g_ptr_array_index (self->indicator_rows, i));
  g_ptr_array_set_size (self->indicator_rows, 0);
  if (self->add_row != NULL)
    {
      adw_expander_row_remove (ADW_EXPANDER_ROW (self), self->add_row);
      self->add_row = NULL;
    }

  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(KnIndicator) indicator = g_list_model_get_item (indicators, i);
      GtkWidget *row = kn_indicator_row_new (indicator, i + 1, kn_plan_get_jpt (self->plan),
                                             qualitative, self->editable);

      g_signal_connect_object (row, "changed", G_CALLBACK (on_indicator_changed_cb), self, 0);
      g_signal_connect_object (row, "remove", G_CALLBACK (on_indicator_remove_cb), self, 0);
      g_signal_connect_object (row, "move-up", G_CALLBACK (on_indicator_move_up_cb), self, 0);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (self), row);
      g_ptr_array_add (self->indicator_rows, g_object_ref (row));
    }

  if (self->editable)
    {
      GtkWidget *button = gtk_button_new_with_mnemonic (_("Add _IKI"));

      gtk_widget_set_halign (button, GTK_ALIGN_START);
      gtk_widget_set_margin_start (button, 12);
      gtk_widget_set_margin_top (button, 6);
      gtk_widget_set_margin_bottom (button, 6);
      gtk_widget_add_css_class (button, "flat");
      g_signal_connect_object (button, "clicked", G_CALLBACK (on_add_indicator_clicked_cb), self, 0);
      self->add_row = gtk_list_box_row_new ();
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self->add_row), FALSE);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self->add_row), button);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (self), self->add_row);
    }
}

static void
on_indicators_changed_cb (GListModel  *model,
                          guint        position,
                          guint        removed,
                          guint        added,
                          KnResultRow *self)
{
  rebuild_indicators (self);
  update_header (self);
  emit_changed (self);
}

static void
on_text_changed_cb (GtkEditable *editable,
                    KnResultRow *self)
{
  kn_plan_result_set_text (self->result, gtk_editable_get_text (editable));
  update_header (self);
  emit_changed (self);
}

/* Connected once the chooser is filled, so filling it writes nothing back. */
static void
on_parent_changed_cb (KnChooser   *chooser,
                      GParamSpec  *pspec,
                      KnResultRow *self)
{
  guint selected = kn_chooser_get_selected (chooser);
  gint64 id = 0;

  if (selected < self->parent_ids->len)
    id = g_array_index (self->parent_ids, gint64, selected);

  kn_plan_result_set_parent_id (self->result, id);
  if (id != 0)
    {
      g_autofree char *text = kn_chooser_dup_label (chooser);

      kn_plan_result_set_parent_text (self->result, text);
    }
  else
    kn_plan_result_set_parent_text (self->result, NULL);

  update_header (self);
  emit_changed (self);
}

static gboolean
find_position (KnResultRow *self,
               guint       *position)
{
  return g_list_store_find (kn_plan_get_results (self->plan), self->result, position);
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KnResultRow *self = KN_RESULT_ROW (widget);
  g_autoptr(KnPlanResult) result = g_object_ref (self->result);
  GListStore *results = kn_plan_get_results (self->plan);
  gboolean up = g_str_equal (action_name, "rhk.move-up");
  guint n = g_list_model_get_n_items (G_LIST_MODEL (results));
  guint position;
  guint target;

  if (!find_position (self, &position))
    return;

  /* Move past the next RHK of the same kind, so the A and B lists both change order. */
  target = position;
  do
    {
      if (up && target == 0)
        return;
      if (!up && target + 1 >= n)
        return;
      target = up ? target - 1 : target + 1;
      {
        g_autoptr(KnPlanResult) other = g_list_model_get_item (G_LIST_MODEL (results), target);

        if (kn_plan_result_get_kind (other) == kn_plan_result_get_kind (result))
          break;
      }
    }
  while (TRUE);

  g_list_store_remove (results, position);
  g_list_store_insert (results, target, result);
}

static void
switch_kind_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  KnResultRow *self = KN_RESULT_ROW (widget);
  g_autoptr(KnPlanResult) result = g_object_ref (self->result);
  GListStore *results = kn_plan_get_results (self->plan);
  guint position;

  if (!find_position (self, &position))
    return;

  kn_plan_result_set_kind (result, kn_plan_result_get_kind (result) == KN_RESULT_KIND_UTAMA
                                   ? KN_RESULT_KIND_TAMBAHAN : KN_RESULT_KIND_UTAMA);
  /* Remove and insert again, so that the editor shows it in its new section. */
  g_list_store_remove (results, position);
  g_list_store_insert (results, position, result);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KnResultRow *self = KN_RESULT_ROW (widget);
  guint position;

  if (kn_plan_result_get_id (self->result) != 0)
    {
      g_autoptr(GPtrArray) supporters = kn_store_list_supporting_results (self->store,
                                                                          kn_plan_result_get_id (self->result));

      if (supporters->len > 0)
        {
          g_autoptr(GString) names = g_string_new (NULL);
          g_autofree char *body = NULL;

          for (guint i = 0; i < supporters->len; i++)
            {
              KnSupportingResult *supporter = g_ptr_array_index (supporters, i);
              KnEmployee *employee = kn_store_lookup_employee (self->store, supporter->employee_id);

              g_string_append_printf (names, "\n• %s: %s",
                                      employee != NULL ? kn_employee_get_name (employee) : "?",
                                      supporter->text);
            }
          body = g_strdup_printf (_("These staff RHK support it:%s\n\nLink them to another RHK in their SKP first, then remove this one."),
                                  names->str);
          kn_page_message_present (widget, _("This RHK Cannot Be Removed"), body, NULL);
          return;
        }
    }

  if (find_position (self, &position))
    g_list_store_remove (kn_plan_get_results (self->plan), position);
}

static void
kn_result_row_dispose (GObject *object)
{
  KnResultRow *self = (KnResultRow *)object;

  if (self->result != NULL)
    g_signal_handlers_disconnect_by_data (kn_plan_result_get_indicators (self->result), self);

  gtk_widget_dispose_template (GTK_WIDGET (self), KN_TYPE_RESULT_ROW);
  g_clear_pointer (&self->indicator_rows, g_ptr_array_unref);
  g_clear_object (&self->result);
  g_clear_object (&self->plan);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (kn_result_row_parent_class)->dispose (object);
}

static void
kn_result_row_finalize (GObject *object)
{
  KnResultRow *self = (KnResultRow *)object;

  g_clear_pointer (&self->parent_ids, g_array_unref);

  G_OBJECT_CLASS (kn_result_row_parent_class)->finalize (object);
}

static void
kn_result_row_class_init (KnResultRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kn_result_row_dispose;
  object_class->finalize = kn_result_row_finalize;

  /* Something in the RHK or its IKI was edited. */
  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  g_type_ensure (KN_TYPE_CHOOSER);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/id/go/lampungprov/Kinerja/kn-result-row.ui");
  gtk_widget_class_bind_template_child (widget_class, KnResultRow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, KnResultRow, text_row);
  gtk_widget_class_bind_template_child (widget_class, KnResultRow, parent_row);
  gtk_widget_class_bind_template_child (widget_class, KnResultRow, parent_chooser);

  gtk_widget_class_install_action (widget_class, "rhk.move-up", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "rhk.move-down", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "rhk.switch-kind", NULL, switch_kind_action);
  gtk_widget_class_install_action (widget_class, "rhk.remove", NULL, remove_action);
}

static void
kn_result_row_init (KnResultRow *self)
{
  self->indicator_rows = g_ptr_array_new_with_free_func (g_object_unref);
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
kn_result_row_new (KnStore      *store,
                   KnPlan       *plan,
                   KnPlanResult *result,
                   guint         number,
                   GListModel   *superior_results,
                   gboolean      editable)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  KnResultRow *self;
  guint selected = 0;

  g_return_val_if_fail (KN_IS_STORE (store), NULL);
  g_return_val_if_fail (KN_IS_PLAN (plan), NULL);
  g_return_val_if_fail (KN_IS_PLAN_RESULT (result), NULL);

  self = g_object_new (KN_TYPE_RESULT_ROW, NULL);
  self->store = g_object_ref (store);
  self->plan = g_object_ref (plan);
  self->result = g_object_ref (result);
  self->editable = editable;

  gtk_editable_set_text (GTK_EDITABLE (self->text_row), kn_plan_result_get_text (result));
  gtk_editable_set_editable (GTK_EDITABLE (self->text_row), editable);

  self->parent_ids = g_array_new (FALSE, TRUE, sizeof (gint64));
  gtk_string_list_append (labels, _("None"));
  g_array_append_vals (self->parent_ids, &(gint64){ 0 }, 1);
  for (guint i = 0; superior_results != NULL && i < g_list_model_get_n_items (superior_results); i++)
    {
      g_autoptr(KnPlanResult) superior = g_list_model_get_item (superior_results, i);
      gint64 id = kn_plan_result_get_id (superior);

      gtk_string_list_append (labels, kn_plan_result_get_text (superior));
      g_array_append_vals (self->parent_ids, &id, 1);
      if (id == kn_plan_result_get_parent_id (result))
        selected = i + 1;
    }
  /* A link to an RHK not offered (the assessor changed) is shown as it is until changed. */
  if (selected == 0 && kn_plan_result_get_parent_id (result) != 0)
    {
      gint64 id = kn_plan_result_get_parent_id (result);

      gtk_string_list_append (labels, kn_plan_result_get_parent_text (result) != NULL
                                      ? kn_plan_result_get_parent_text (result) : "?");
      g_array_append_vals (self->parent_ids, &id, 1);
      selected = self->parent_ids->len - 1;
    }
  kn_chooser_set_model (self->parent_chooser, G_LIST_MODEL (labels));
  kn_chooser_set_selected (self->parent_chooser, selected);
  gtk_widget_set_sensitive (GTK_WIDGET (self->parent_row), editable);
  gtk_widget_set_visible (GTK_WIDGET (self->parent_row), !kn_plan_get_jpt (plan));
  gtk_widget_set_visible (GTK_WIDGET (self->menu_button), editable);
  if (superior_results == NULL || g_list_model_get_n_items (superior_results) == 0)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self->parent_row),
                                _("The assessor has no SKP for this year yet, so there is nothing to choose."));

  rebuild_indicators (self);
  update_header (self);
  g_signal_connect (kn_plan_result_get_indicators (result), "items-changed",
                    G_CALLBACK (on_indicators_changed_cb), self);
  g_signal_connect (self->text_row, "changed", G_CALLBACK (on_text_changed_cb), self);
  g_signal_connect (self->parent_chooser, "notify::selected", G_CALLBACK (on_parent_changed_cb),
                    self);

  return GTK_WIDGET (self);
}

KnPlanResult *
kn_result_row_get_result (KnResultRow *self)
{
  g_return_val_if_fail (KN_IS_RESULT_ROW (self), NULL);
  return self->result;
}

void
kn_result_row_add_indicator (KnResultRow *self)
{
  g_autoptr(KnIndicator) indicator = kn_indicator_new ();

  g_return_if_fail (KN_IS_RESULT_ROW (self));

  if (kn_plan_get_jpt (self->plan))
    kn_indicator_set_perspective (indicator, KN_PERSPECTIVE_PENERIMA_LAYANAN);
  else
    kn_indicator_set_aspect (indicator, KN_ASPECT_KUANTITAS);
  g_list_store_append (kn_plan_result_get_indicators (self->result), indicator);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (self), TRUE);

  if (self->indicator_rows->len > 0)
    {
      KnIndicatorRow *row = g_ptr_array_index (self->indicator_rows, self->indicator_rows->len - 1);

      gtk_widget_grab_focus (GTK_WIDGET (kn_indicator_row_get_editable (row, "text")));
    }
}

GPtrArray *
kn_result_row_get_indicator_rows (KnResultRow *self)
{
  g_return_val_if_fail (KN_IS_RESULT_ROW (self), NULL);
  return self->indicator_rows;
}

GtkEditable *
kn_result_row_get_text_editable (KnResultRow *self)
{
  g_return_val_if_fail (KN_IS_RESULT_ROW (self), NULL);
  return GTK_EDITABLE (self->text_row);
}

gboolean
kn_result_row_select_parent (KnResultRow *self,
                             gint64       result_id)
{
  g_return_val_if_fail (KN_IS_RESULT_ROW (self), FALSE);
  return kn_chooser_select_id (self->parent_chooser, self->parent_ids, result_id);
}

KnChooser *
kn_result_row_get_parent_chooser (KnResultRow *self)
{
  g_return_val_if_fail (KN_IS_RESULT_ROW (self), NULL);
  return self->parent_chooser;
}
