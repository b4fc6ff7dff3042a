//! mistake: forgot `.await` on the async status lookup, so the element is a future
//! offending: fetch_status(id)
//! category: async
use comprehensions::acomp;
use std::time::Duration;

#[derive(Debug)]
enum Status {
    Preparing,
    OutForDelivery,
}

async fn fetch_status(order_id: &u32) -> Status {
    tokio::time::sleep(Duration::from_millis(2)).await;
    if order_id % 2 == 0 { Status::OutForDelivery } else { Status::Preparing }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let order_ids = vec![4401u32, 4402, 4403];
    let statuses: Vec<Status> = acomp![fetch_status(id) for id in &order_ids];
    println!("{statuses:?}");
}
