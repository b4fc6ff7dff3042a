//! mistake: converted a numeric order id to text with Python's `str(..)` for a response header
//! offending: str(o.id)
//! category: python-habit
use comprehensions::comp;

struct Order {
    id: u64,
    total_cents: i64,
}

fn main() {
    let created = vec![Order { id: 9001, total_cents: 2599 }, Order { id: 9002, total_cents: 120 }];
    let location_headers: Vec<(String, String)> =
        comp![("Location".to_string(), "/orders/".to_string() + &str(o.id)) for o in &created if o.total_cents > 0];
    println!("{location_headers:?}");
}
