# Payment monitors, applied by the platform pipeline (terraform apply in infra/).
resource "datadog_monitor" "payments_provider_errors" {
  name    = "[payments] provider errors"
  type    = "query alert"
  query   = "sum(last_5m):sum:payments.provider.errors{env:prod}.as_count() > 50"
  message = <<-EOT
    {{#is_alert}}
    The payment provider fails: {{value}} errors in 5 minutes.
    Runbook: https://github.com/acme/acme-shop/blob/main/docs/runbooks/checkout-error-rate.md#diagnosis
    @pagerduty-Payments
    {{/is_alert}}
    {{#is_warning}}Provider errors are rising. @slack-payments{{/is_warning}}
    {{#is_recovery}}Provider errors are back to normal. @pagerduty-Payments @slack-payments{{/is_recovery}}
  EOT

  monitor_thresholds {
    critical = 50
    warning  = 20
  }

  notify_no_data    = false
  renotify_interval = 30
  priority          = 1
  tags              = ["service:payments", "team:payments", "env:prod"]
}
