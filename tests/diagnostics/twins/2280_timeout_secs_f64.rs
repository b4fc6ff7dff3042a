//! mistake: passed a fractional timeout in seconds (`f64`) to `Duration::from_secs`
//! offending: c.timeout_s
//! category: type
use std::time::Duration;

struct HealthCheck {
    url: &'static str,
    timeout_s: f64,
}

fn main() {
    let checks = vec![
        HealthCheck { url: "http://10.0.0.7/healthz", timeout_s: 0.5 },
        HealthCheck { url: "http://10.0.0.9/healthz", timeout_s: 2.0 },
    ];
    let budgets: Vec<_> = checks.iter().map(|c| (c.url, Duration::from_secs(c.timeout_s))).collect();
    println!("{budgets:?}");
}
