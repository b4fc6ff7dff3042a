//! mistake: an eager `acomp![..]` (Python's async comprehension) in a method that is not `async fn`
//! offending: acomp![price(s).await for s in &self.skus]
//! category: async
use comprehensions::acomp;
use std::time::Duration;

struct Cart {
    skus: Vec<String>,
}

async fn price(sku: &str) -> u32 {
    tokio::time::sleep(Duration::from_millis(1)).await;
    sku.len() as u32 * 100
}

impl Cart {
    fn prices(&self) -> Vec<u32> {
        acomp![price(s).await for s in &self.skus]
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let c = Cart { skus: vec!["A1".into(), "B22".into()] };
    println!("{:?}", c.prices());
}
