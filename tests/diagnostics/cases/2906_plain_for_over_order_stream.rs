//! mistake: iterated a stream of incoming orders with a plain `for` instead of `async for`
//! offending: incoming
//! category: async
use comprehensions::acomp;
use futures::stream::{self, Stream};

struct Order {
    id: u64,
    amount_cents: u64,
}

fn order_feed() -> impl Stream<Item = Order> {
    stream::iter(vec![Order { id: 1, amount_cents: 1299 }, Order { id: 2, amount_cents: 45000 }])
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let incoming = order_feed();
    let flagged = acomp![o.id for o in incoming if o.amount_cents > 20000];
    println!("{flagged:?}");
}
