//! mistake: chained Python's conditional expression with `elif` to classify upstream status codes
//! offending: elif
//! category: python-habit
use comprehensions::comp;

struct UpstreamCall {
    service: &'static str,
    status: u16,
}

fn main() {
    let calls = vec![
        UpstreamCall { service: "billing", status: 200 },
        UpstreamCall { service: "inventory", status: 404 },
        UpstreamCall { service: "search", status: 503 },
    ];
    let health = comp![(c.service, "ok" if c.status < 400 elif c.status < 500 "client_error" else "server_error") for c in &calls];
    println!("{health:?}");
}
