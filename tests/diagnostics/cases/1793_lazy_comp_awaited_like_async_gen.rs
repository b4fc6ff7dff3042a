//! mistake: a synchronous lazy `comp!((..))` awaited in an async fn, as if it were an async generator
//! offending: .await
//! category: async
use comprehensions::comp;

struct Order {
    id: u32,
    total: f64,
}

async fn report(orders: &[Order]) {
    let rows = comp!((format!("#{:<4}{:>8.2}", o.id, o.total) for o in orders)).await;
    for r in rows {
        println!("{r}");
    }
}

fn main() {
    let orders = vec![Order { id: 1, total: 9.5 }, Order { id: 2, total: 120.0 }];
    futures::executor::block_on(report(&orders));
}
