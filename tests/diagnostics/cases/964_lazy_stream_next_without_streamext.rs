//! mistake: called `.next()` on a lazy `acomp!((..))` without importing `futures::StreamExt`
//! offending: next
//! category: async
use comprehensions::acomp;

async fn price(sym: &str) -> f64 {
    sym.len() as f64 * 1.5
}

async fn first_price(syms: &[&str]) -> Option<f64> {
    let mut prices = acomp!((price(s).await for s in syms));
    prices.next().await
}

fn main() {
    println!("{:?}", futures::executor::block_on(first_price(&["AAPL", "GOOG"])));
}
