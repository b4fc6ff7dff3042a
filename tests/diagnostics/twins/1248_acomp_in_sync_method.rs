//! mistake: `.await` in a loop of a method that is not `async fn`
//! offending: .await
//! category: async
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
        let mut out = Vec::new();
        for s in &self.skus {
            out.push(price(s).await);
        }
        out
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let c = Cart { skus: vec!["A1".into(), "B22".into()] };
    println!("{:?}", c.prices());
}
