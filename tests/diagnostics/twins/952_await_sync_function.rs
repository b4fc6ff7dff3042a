//! mistake: awaited a plain function in async code, as if every call in a Python coroutine were awaitable
//! offending: parse_price(&line).await
//! category: python-habit
fn parse_price(s: &str) -> f64 {
    s.trim().parse().unwrap_or(0.0)
}

async fn load(url: &str) -> Vec<String> {
    vec![format!("1.5 {url}"), "2.0".into()]
}

async fn prices(url: &str) -> Vec<f64> {
    let mut out = Vec::new();
    for line in load(url).await {
        out.push(parse_price(&line).await);
    }
    out
}

fn main() {
    println!("{:?}", futures::executor::block_on(prices("x")));
}
