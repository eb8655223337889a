//! Prometheus metrics at `GET /metrics`: requests by route and status,
//! their durations, validation answers by code, refusals by rate limit,
//! and webhook deliveries by result.

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::histogram::Histogram;
use prometheus_client::registry::Registry;

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct RequestLabels {
    pub method: String,
    pub route: String,
    pub status: u16,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct RouteLabel {
    pub route: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct CodeLabel {
    pub code: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct ResultLabel {
    pub result: String,
}

pub struct Metrics {
    registry: Registry,
    pub requests: Family<RequestLabels, Counter>,
    pub durations: Family<RouteLabel, Histogram>,
    pub answers: Family<CodeLabel, Counter>,
    pub rate_limited: Family<RouteLabel, Counter>,
    pub webhooks: Family<ResultLabel, Counter>,
}

fn latency_histogram() -> Histogram {
    Histogram::new([
        0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5,
    ])
}

impl Metrics {
    pub fn new() -> Metrics {
        let mut registry = Registry::with_prefix("keywright");
        let requests = Family::<RequestLabels, Counter>::default();
        let durations = Family::<RouteLabel, Histogram>::new_with_constructor(
            latency_histogram as fn() -> Histogram,
        );
        let answers = Family::<CodeLabel, Counter>::default();
        let rate_limited = Family::<RouteLabel, Counter>::default();
        let webhooks = Family::<ResultLabel, Counter>::default();
        registry.register("http_requests", "HTTP requests answered", requests.clone());
        registry.register(
            "http_request_duration_seconds",
            "Time to answer an HTTP request",
            durations.clone(),
        );
        registry.register(
            "license_answers",
            "Answers about licenses (validate, activate, check-in), by code",
            answers.clone(),
        );
        registry.register(
            "rate_limited",
            "Requests refused by a rate limit",
            rate_limited.clone(),
        );
        registry.register(
            "webhook_deliveries",
            "Webhook delivery attempts",
            webhooks.clone(),
        );
        Metrics {
            registry,
            requests,
            durations,
            answers,
            rate_limited,
            webhooks,
        }
    }

    /// The metrics in Prometheus's text format.
    pub fn render(&self) -> String {
        let mut text = String::new();
        if prometheus_client::encoding::text::encode(&mut text, &self.registry).is_err() {
            text.clear();
        }
        text
    }
}
