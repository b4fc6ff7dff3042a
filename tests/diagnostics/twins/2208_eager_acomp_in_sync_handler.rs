//! mistake: used an eager `acomp!` that awaits inside a plain (non-`async`) request handler
//! offending: .await
//! category: async
use std::time::Duration;

struct Request {
    item_ids: Vec<u64>,
}

struct Inventory;

impl Inventory {
    async fn stock_level(&self, item_id: u64) -> u32 {
        tokio::time::sleep(Duration::from_millis(1)).await;
        (item_id % 7) as u32
    }
}

fn handle_stock_check(req: &Request, inventory: &Inventory) -> Vec<(u64, u32)> {
    let mut levels = Vec::new();
    for id in req.item_ids.iter().copied() {
        levels.push((id, inventory.stock_level(id).await));
    }
    levels
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let req = Request { item_ids: vec![11, 12, 13] };
    println!("{:?}", handle_stock_check(&req, &Inventory));
}
