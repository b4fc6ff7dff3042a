//! mistake: called `.next()` on an `unfold` stream without importing `futures::StreamExt`
//! offending: next
//! category: async
use futures::stream;

async fn price(sym: &str) -> f64 {
    sym.len() as f64 * 1.5
}

async fn first_price(syms: &[&str]) -> Option<f64> {
    let mut prices = Box::pin(stream::unfold(syms.iter(), |mut it| async move {
        let s = it.next()?;
        Some((price(s).await, it))
    }));
    prices.next().await
}

fn main() {
    println!("{:?}", futures::executor::block_on(first_price(&["AAPL", "GOOG"])));
}
