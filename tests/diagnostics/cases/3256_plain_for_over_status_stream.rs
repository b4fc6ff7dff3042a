//! mistake: iterated a stream of status updates with a plain `for` instead of `async for`
//! offending: updates
//! category: async
use comprehensions::acomp;
use futures::stream;

#[derive(Debug)]
struct StatusUpdate {
    order_id: u32,
    status: &'static str,
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let updates = stream::iter(vec![
        StatusUpdate { order_id: 1, status: "picked_up" },
        StatusUpdate { order_id: 2, status: "delivered" },
    ]);
    let delivered = acomp![u.order_id for u in updates if u.status == "delivered"];
    println!("{delivered:?}");
}
