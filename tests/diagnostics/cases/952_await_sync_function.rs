//! mistake: awaited a plain function in async code, as if every call in a Python coroutine were awaitable
//! offending: parse_price(&line).await
//! category: python-habit
use comprehensions::acomp;

fn parse_price(s: &str) -> f64 {
    s.trim().parse().unwrap_or(0.0)
}

async fn load(url: &str) -> Vec<String> {
    vec![format!("1.5 {url}"), "2.0".into()]
}

async fn prices(url: &str) -> Vec<f64> {
    acomp![parse_price(&line).await for line in load(url).await]
}

fn main() {
    println!("{:?}", futures::executor::block_on(prices("x")));
}
