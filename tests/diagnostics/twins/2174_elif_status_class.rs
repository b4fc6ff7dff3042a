//! mistake: chained Python's conditional expression with `elif` to classify upstream status codes
//! offending: elif
//! category: python-habit

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
    let mut health = Vec::new();
    for c in &calls {
        let class = if c.status < 400 { "ok" } elif c.status < 500 { "client_error" } else { "server_error" };
        health.push((c.service, class));
    }
    println!("{health:?}");
}
