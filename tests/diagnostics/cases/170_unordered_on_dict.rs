//! mistake: `unordered` on a dict comprehension (a dict has no order to give up)
//! offending: unordered
//! category: syntax
use comprehensions::acomp;

async fn fetch_price(sym: &str) -> f64 {
    sym.len() as f64
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let symbols = vec!["AAPL", "MSFT"];
    let prices = acomp!({s: fetch_price(s).await for s in &symbols; concurrency = 8, unordered});
    println!("{prices:?}");
}
