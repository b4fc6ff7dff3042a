//! mistake: iterated the database cursor's row stream with a plain `for` instead of `async for`
//! offending: db.stream_rows("SELECT id, total FROM orders")
//! category: async
use futures::stream::{self, Stream};

struct OrderRow {
    id: u64,
    total_cents: u64,
}

struct Db;

impl Db {
    fn stream_rows(&self, _sql: &str) -> impl Stream<Item = OrderRow> {
        stream::iter(vec![OrderRow { id: 1, total_cents: 1_999 }, OrderRow { id: 2, total_cents: 250_000 }])
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let db = Db;
    let mut large_orders = Vec::new();
    for row in db.stream_rows("SELECT id, total FROM orders") {
        if row.total_cents > 100_000 {
            large_orders.push(row.id);
        }
    }
    println!("{large_orders:?}");
}
